// Malformed calendars fail with one InputError naming the file, the line and the problem in plain words.
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/lib/ingest/calendar/ics';
import { failure, fixture, ics, vevent } from './helpers';

const read = (text: string) => () => parseIcs('bad.ics', text);

describe('a file that is not iCalendar', () => {
	it('refuses a CSV or an empty file before parsing', () => {
		expect(failure(read('id,name\n1,Ann\n'))).toEqual({
			message:
				'bad.ics: line 1: the file does not begin with BEGIN:VCALENDAR, so it is not an iCalendar calendar',
			line: 1
		});
		expect(failure(read('')).line).toBe(1);
		expect(failure(read('\r\n\r\nBEGIN:VCARD\r\nEND:VCARD\r\n')).line).toBe(3);
	});

	it('reports a line ical.js cannot parse, with its line number', () => {
		const text = ics(...vevent('UID:a', 'DTSTART:20260301T090000Z', 'this line has no colon'));
		expect(failure(read(text))).toEqual({
			message:
				'bad.ics: line 7: the calendar is not valid iCalendar: invalid line (no token ";" or ":") "this line has no colon"',
			line: 7
		});
	});

	it('reports malformed parameters with their line', () => {
		const text = ics(...vevent('UID:a', 'DTSTART:20260301T090000Z', 'ATTENDEE;CN:mailto:x@y'));
		expect(failure(read(text)).line).toBe(7);
		expect(failure(read(text)).message).toContain("Invalid parameters in 'ATTENDEE;CN:mailto:x@y'");
		const unquoted = ics(
			...vevent('UID:a', 'DTSTART:20260301T090000Z', 'ATTENDEE;CN="Lee, Sam:mailto:sam@example.com')
		);
		expect(failure(read(unquoted))).toEqual({
			message:
				'bad.ics: line 7: the calendar is not valid iCalendar: invalid line (no matching double quote) ";CN="Lee, Sam:mailto:sam@example.com"',
			line: 7
		});
	});

	it('names the BEGIN that has no END, and where it is', () => {
		const text = ics(
			...vevent('UID:a', 'DTSTART:20260301T090000Z'),
			'BEGIN:VEVENT',
			'UID:b',
			'DTSTART:20260302T090000Z'
		);
		expect(failure(read(text))).toEqual({
			message:
				'bad.ics: line 8: the calendar is not valid iCalendar: BEGIN:VEVENT has no END:VEVENT',
			line: 8
		});
		// A file cut short: neither the event nor the calendar is closed.
		const google = fixture('google-europe-london.ics');
		const cut = google.slice(0, google.indexOf('SUMMARY:Weekly sync'));
		expect(failure(read(cut)).message).toMatch(/line 26: .*BEGIN:VEVENT has no END:VEVENT$/);
	});

	it('reports an invalid RRULE part as ical.js words it, on the line of the rule', () => {
		const text = ics(...vevent('UID:a', 'DTSTART:20260301T090000Z', 'RRULE:FREQ=WEEKLY;BYDAY=XX'));
		expect(failure(read(text))).toEqual({
			message: 'bad.ics: line 7: the calendar is not valid iCalendar: invalid BYDAY value "XX"',
			line: 7
		});
		// The same rule written well in an event before: the line at fault is the one named.
		const after = ics(
			...vevent('UID:a', 'DTSTART:20260301T090000Z', 'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3'),
			...vevent('UID:b', 'DTSTART:20260301T090000Z', 'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=x')
		);
		expect(failure(read(after))).toEqual({
			message:
				'bad.ics: line 12: the calendar is not valid iCalendar: Could not extract integer from "x"',
			line: 12
		});
		// A valid line that holds the bad one, and a folded bad line that begins as a valid one before it, are passed by.
		const holding = ics(
			...vevent('UID:a', 'DTSTART:20260301T090000Z', 'RRULE:FREQ=WEEKLY;BYDAY=TU'),
			...vevent('UID:b', 'DTSTART:20260301T090000Z', 'RRULE:FREQ=WEEKLY;BYDAY=T')
		);
		expect(failure(read(holding))).toEqual({
			message: 'bad.ics: line 12: the calendar is not valid iCalendar: invalid BYDAY value "T"',
			line: 12
		});
		const rule = 'RRULE:FREQ=WEEKLY;UNTIL=20261231T230000Z;INTERVAL=1;BYDAY=MO';
		const folded = ics(
			...vevent('UID:a', 'DTSTART:20260301T090000Z', rule),
			...vevent('UID:b', 'DTSTART:20260301T090000Z', `${rule},TU,WE,TH,FR`, ' ,XX;WKST=SU')
		);
		expect(failure(read(folded))).toEqual({
			message: 'bad.ics: line 12: the calendar is not valid iCalendar: invalid BYDAY value "XX"',
			line: 12
		});
		// In a large file read run by run, and in shares by workers, the whole file's line is named too.
		const events = Array.from({ length: 600 }, (_, i) =>
			vevent(`UID:e${i}`, 'DTSTART:20260301T090000Z', 'RRULE:FREQ=DAILY;COUNT=2')
		);
		events[450] = vevent('UID:bad', 'DTSTART:20260301T090000Z', 'RRULE:FREQ=YEARLY;BYYEARDAY=400');
		const large = ics(...events.flat());
		const badLine = large.split('\r\n').indexOf('RRULE:FREQ=YEARLY;BYYEARDAY=400') + 1;
		expect(failure(() => parseIcs('bad.ics', large, { eventsPerChunk: 100 })).line).toBe(badLine);
	});
});

describe('an event that cannot be placed in time', () => {
	it('has no DTSTART', () => {
		const text = ics(...vevent('UID:a', 'SUMMARY:Lunch'), ...vevent('UID:b', 'SUMMARY:No start'));
		expect(failure(read(ics(...vevent('UID:b', 'SUMMARY:No start'))))).toEqual({
			message: 'bad.ics: line 4: the event has no DTSTART',
			line: 4
		});
		expect(failure(read(text)).line).toBe(4);
	});

	it('has a date that does not exist or is not a date', () => {
		expect(failure(read(ics(...vevent('DTSTART:20260230T090000Z'))))).toEqual({
			message: "bad.ics: line 5: the event's DTSTART is not a valid date or date-time",
			line: 5
		});
		expect(failure(read(ics(...vevent('DTSTART:tomorrow')))).line).toBe(5);
		expect(
			failure(read(ics('X-PAD:1', ...vevent('DTSTART:20260301T090000Z', 'DTEND:20261301T090000Z'))))
		).toEqual({
			message: "bad.ics: line 7: the event's DTEND is not a valid date or date-time",
			line: 7
		});
		expect(
			failure(
				read(ics(...vevent('DTSTART:20260301T090000Z', 'RRULE:FREQ=DAILY', 'EXDATE:20260399')))
			).message
		).toContain("the event's EXDATE is not a valid date or date-time");
	});

	it("names the line of the property at fault: the second EXDATE, not a VALARM's line of that name", () => {
		const text = ics(
			...vevent(
				'DTSTART:20260301T090000Z',
				'RRULE:FREQ=DAILY',
				'BEGIN:VALARM',
				'TRIGGER:-PT15M',
				'EXDATE:20260305T090000Z',
				'END:VALARM',
				'EXDATE:20260302T090000Z',
				'EXDATE:2026-03-99'
			)
		);
		expect(failure(read(text))).toEqual({
			message: "bad.ics: line 12: the event's EXDATE is not a valid date or date-time",
			line: 12
		});
	});

	it('has a DURATION that is not a duration', () => {
		expect(failure(read(ics(...vevent('DTSTART:20260301T090000Z', 'DURATION:soon'))))).toEqual({
			message: "bad.ics: line 6: the event's DURATION is not a valid duration",
			line: 6
		});
	});

	it('has a rule without FREQ', () => {
		const text = ics(...vevent('DTSTART:20260301T090000Z', 'RRULE:COUNT=3'));
		expect(failure(read(text))).toEqual({
			message: "bad.ics: line 6: the event's RRULE has no FREQ",
			line: 6
		});
	});

	it('has a rule ical.js refuses to expand, named at the RRULE', () => {
		const text = ics(
			...vevent('DTSTART:20260301T090000Z'),
			...vevent('UID:r', 'DTSTART:20260301T090000Z', 'RRULE:FREQ=WEEKLY;BYYEARDAY=1')
		);
		expect(failure(read(text))).toEqual({
			message:
				"bad.ics: line 10: the event's recurrence cannot be expanded: For WEEKLY recurrences neither BYMONTHDAY nor BYYEARDAY may appear",
			line: 10
		});
	});
});

describe('damaged exports', () => {
	// A small deterministic generator, so that a failure can be replayed.
	function* damaged(text: string, count: number): Generator<string> {
		let seed = 7;
		const random = (n: number) => {
			seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
			return seed % n;
		};
		const lines = text.split('\r\n');
		for (let i = 0; i < count; i++) {
			const copy = [...lines];
			const at = random(copy.length);
			const kind = random(4);
			if (kind === 0) copy.splice(at, 1);
			else if (kind === 1) copy[at] = copy[at].slice(0, random(copy[at].length + 1));
			else if (kind === 2) copy.splice(at, 0, copy[random(copy.length)]);
			else copy[at] = copy[at].replace(/[0-9]/, 'x');
			yield copy.join('\r\n');
		}
	}

	it('either read or fail with an InputError, never a raw exception', () => {
		let failed = 0;
		for (const name of [
			'google-europe-london.ics',
			'outlook-w-europe.ics',
			'apple-folded.ics',
			'rfc5545-examples.ics'
		]) {
			for (const text of damaged(fixture(name), 150)) {
				try {
					parseIcs(name, text);
				} catch (error) {
					expect((error as Error).name).toBe('InputError');
					failed++;
				}
			}
		}
		expect(failed).toBeGreaterThan(0);
	});
});
