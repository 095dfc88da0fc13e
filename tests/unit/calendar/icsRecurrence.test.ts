// Expanding recurring events: RFC 5545's RRULE examples, RDATE, EXDATE, overrides, the window and the safety cap.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/lib/ingest/calendar/ics';
import { intlWallToUtc } from '../../../src/lib/ingest/calendar/intlZone';
import { fixture, ics, iso, ofUid, spans, vevent } from './helpers';

const DAY = 86_400_000;

describe("RFC 5545's examples (section 3.8.5.3, with its America/New_York VTIMEZONE)", () => {
	const { events, occurrences } = parseIcs('rfc.ics', fixture('rfc5545-examples.ics'));
	const starts = (uid: string) => ofUid(occurrences, uid).map((o) => iso(o.start));

	it('reads every event', () => {
		expect(events).toBe(10);
		expect(occurrences).toHaveLength(177);
	});

	it('"Daily for 10 occurrences": COUNT, and DURATION instead of DTEND', () => {
		const daily = ofUid(occurrences, 'rrule-daily-count@example.com');
		expect(daily.map((o) => iso(o.start))).toEqual(
			Array.from({ length: 10 }, (_, i) => iso(Date.UTC(1997, 8, 2 + i, 13)))
		);
		expect(daily.every((o) => o.end - o.start === 3_600_000 && o.recurring)).toBe(true);
		expect(daily.every((o) => o.occurrenceKey === o.start && o.line === 94)).toBe(true);
	});

	it('"Daily until December 24, 1997": UNTIL in UTC, 09:00 EDT then 09:00 EST from 26 October', () => {
		const daily = ofUid(occurrences, 'rrule-daily-until@example.com');
		expect(daily).toHaveLength(113);
		expect(spans(daily.slice(53, 56))).toEqual([
			['1997-10-25T13:00:00.000Z', '1997-10-25T13:00:00.000Z', '1997-10-25T13:15:00.000Z'],
			['1997-10-26T14:00:00.000Z', '1997-10-26T14:00:00.000Z', '1997-10-26T14:15:00.000Z'],
			['1997-10-27T14:00:00.000Z', '1997-10-27T14:00:00.000Z', '1997-10-27T14:15:00.000Z']
		]);
		expect(iso(daily.at(-1)!.start)).toBe('1997-12-23T14:00:00.000Z');
	});

	it('"Every other week on Monday, Wednesday, and Friday until December 24, 1997"', () => {
		const edt = (day: string) => `1997-${day}T13:00:00.000Z`;
		const est = (day: string) => `1997-${day}T14:00:00.000Z`;
		expect(starts('rrule-biweekly-mwf@example.com')).toEqual([
			...['09-01', '09-03', '09-05', '09-15', '09-17', '09-19', '09-29'].map(edt),
			...['10-01', '10-03', '10-13', '10-15', '10-17'].map(edt),
			...['10-27', '10-29', '10-31', '11-10', '11-12', '11-14', '11-24', '11-26', '11-28'].map(est),
			...['12-08', '12-10', '12-12', '12-22'].map(est)
		]);
	});

	it('"Monthly on the first Friday for 10 occurrences"', () => {
		expect(starts('rrule-monthly-first-friday@example.com')).toEqual([
			'1997-09-05T13:00:00.000Z',
			'1997-10-03T13:00:00.000Z',
			'1997-11-07T14:00:00.000Z',
			'1997-12-05T14:00:00.000Z',
			'1998-01-02T14:00:00.000Z',
			'1998-02-06T14:00:00.000Z',
			'1998-03-06T14:00:00.000Z',
			'1998-04-03T14:00:00.000Z',
			'1998-05-01T13:00:00.000Z',
			'1998-06-05T13:00:00.000Z'
		]);
	});

	it('adds RDATEs (one repeating a rule date, one a PERIOD with its own length) and drops an EXDATE', () => {
		expect(spans(ofUid(occurrences, 'rdate-exdate@example.com'))).toEqual([
			['1997-07-07T12:30:00.000Z', '1997-07-07T12:30:00.000Z', '1997-07-07T13:30:00.000Z'],
			['1997-07-14T12:30:00.000Z', '1997-07-14T12:30:00.000Z', '1997-07-14T13:30:00.000Z'],
			['1997-07-16T12:30:00.000Z', '1997-07-16T12:30:00.000Z', '1997-07-16T13:30:00.000Z'],
			['1997-07-18T12:30:00.000Z', '1997-07-18T12:30:00.000Z', '1997-07-18T15:30:00.000Z'],
			['1997-07-28T12:30:00.000Z', '1997-07-28T12:30:00.000Z', '1997-07-28T13:30:00.000Z']
		]);
	});

	it("reads section 3.6.1's events: UTC times, and all-day events with and without DTEND", () => {
		expect(spans(ofUid(occurrences, '19970901T130000Z-123402@example.com'))).toEqual([
			['1997-04-01T16:30:00.000Z', '1997-04-01T16:30:00.000Z', '1997-04-02T01:00:00.000Z']
		]);
		const [jazz] = ofUid(occurrences, '20070423T123432Z-541111@example.com');
		expect([iso(jazz.start), iso(jazz.end), jazz.allDay, jazz.recurring]).toEqual([
			'2007-06-28T00:00:00.000Z',
			'2007-07-09T00:00:00.000Z',
			true,
			false
		]);
	});

	it('expands a series without end (the yearly anniversary) up to the latest end of the rest', () => {
		// The latest end among single events and finite series is the jazz festival, 9 July 2007.
		const anniversary = ofUid(occurrences, '19970901T130000Z-123403@example.com');
		expect(anniversary.map((o) => iso(o.start))).toEqual(
			Array.from({ length: 10 }, (_, i) => iso(Date.UTC(1997 + i, 10, 2)))
		);
		expect(anniversary.every((o) => o.allDay && o.end - o.start === DAY)).toBe(true);
	});

	it("reads section 3.8.4.1's attendees and keeps an organizer whose email no attendee has", () => {
		const [meeting] = ofUid(occurrences, 'attendees@example.com');
		expect(meeting.attendees).toEqual([
			{ email: 'jsmith@example.com', name: 'John Smith', partstat: null, organizer: true },
			{ email: 'joecool@example.com', name: null, partstat: null, organizer: false },
			{ email: 'ildoit@example.com', name: null, partstat: null, organizer: false },
			{ email: 'hcabot@example.com', name: 'Henry Cabot', partstat: 'TENTATIVE', organizer: false },
			{ email: 'jdoe@example.com', name: 'Jane Doe', partstat: 'ACCEPTED', organizer: false },
			{ email: 'jimdo@example.com', name: 'John Smith', partstat: null, organizer: false }
		]);
		expect(meeting.end - meeting.start).toBe(3_600_000);
	});
});

const london = fixture('google-europe-london.ics');
const SERIES = '7kq3v9c2m1n8p0r4s6t5u2w1x3@google.com';

describe('the expansion window', () => {
	it('keeps only occurrences overlapping [from, to), an override by its own times', () => {
		const window = { from: Date.UTC(2026, 2, 20), to: Date.UTC(2026, 3, 7) };
		const { occurrences } = parseIcs('google.ics', london, { window });
		expect(occurrences.map((o) => [o.uid.slice(0, 8), iso(o.start)])).toEqual([
			['7kq3v9c2', '2026-03-24T10:00:00.000Z'],
			['7kq3v9c2', '2026-03-30T08:00:00.000Z'],
			['7kq3v9c2', '2026-04-06T08:00:00.000Z'],
			['offsite-', '2026-04-01T00:00:00.000Z'],
			['floating', '2026-04-01T08:00:00.000Z']
		]);
	});

	it('follows an occurrence moved into or out of the window', () => {
		const into = parseIcs('google.ics', london, {
			window: { from: Date.UTC(2026, 2, 24), to: Date.UTC(2026, 2, 25) }
		});
		expect(spans(into.occurrences)).toEqual([
			['2026-03-23T09:00:00.000Z', '2026-03-24T10:00:00.000Z', '2026-03-24T10:30:00.000Z']
		]);
		const outOf = parseIcs('google.ics', london, {
			window: { from: Date.UTC(2026, 2, 23), to: Date.UTC(2026, 2, 24) }
		});
		expect(outOf.occurrences).toEqual([]);
	});

	it('counts an event that starts before the window and ends inside it, and an instant at from', () => {
		const window = { from: Date.UTC(2026, 3, 2), to: Date.UTC(2026, 3, 3) };
		const offsite = parseIcs('google.ics', london, { window }).occurrences;
		expect(offsite.map((o) => o.uid)).toEqual(['offsite-2026@google.com']);
		const instant = ics(...vevent('UID:i', 'DTSTART:20260402T000000Z'));
		expect(parseIcs('i.ics', instant, { window }).occurrences).toHaveLength(1);
		expect(
			parseIcs('i.ics', instant, { window: { from: window.from - DAY, to: window.from } })
				.occurrences
		).toHaveLength(0);
	});

	it('expands a series without end over the window only', () => {
		const text = ics(
			...vevent('UID:w', 'DTSTART:20200106T090000Z', 'DTEND:20200106T093000Z', 'RRULE:FREQ=WEEKLY')
		);
		const window = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 1) + 13 * 7 * DAY };
		const { occurrences } = parseIcs('w.ics', text, { window });
		expect(occurrences).toHaveLength(13);
		expect(iso(occurrences[0].start)).toBe('2026-01-05T09:00:00.000Z');
		expect(iso(occurrences[12].start)).toBe('2026-03-30T09:00:00.000Z');
	});

	it('without a window or anything else that ends, expands a year from the earliest start', () => {
		const text = ics(...vevent('UID:w', 'DTSTART:20260105T090000Z', 'RRULE:FREQ=WEEKLY'));
		const { occurrences } = parseIcs('w.ics', text);
		expect(occurrences).toHaveLength(53);
		expect(iso(occurrences.at(-1)!.start)).toBe('2027-01-04T09:00:00.000Z');
	});
});

describe('the cap on occurrences per series', () => {
	it('stops a series at maxOccurrencesPerSeries, overrides included', () => {
		const daily = ics(
			...vevent('UID:d', 'DTSTART:20260101T090000Z', 'RRULE:FREQ=DAILY'),
			...vevent('UID:d', 'RECURRENCE-ID:20260102T090000Z', 'DTSTART:20260102T100000Z')
		);
		const window = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1) };
		const capped = parseIcs('d.ics', daily, { window, maxOccurrencesPerSeries: 5 });
		expect(spans(capped.occurrences).map(([key]) => key)).toEqual([
			'2026-01-01T09:00:00.000Z',
			'2026-01-02T09:00:00.000Z',
			'2026-01-03T09:00:00.000Z',
			'2026-01-04T09:00:00.000Z',
			'2026-01-05T09:00:00.000Z'
		]);
		const counted = ics(
			...vevent('UID:c', 'DTSTART:20260101T090000Z', 'RRULE:FREQ=DAILY;COUNT=100')
		);
		expect(parseIcs('c.ics', counted, { maxOccurrencesPerSeries: 10 }).occurrences).toHaveLength(
			10
		);
	});

	it('defaults to 5000', () => {
		const minutely = ics(...vevent('UID:m', 'DTSTART:20260101T000000Z', 'RRULE:FREQ=MINUTELY'));
		const window = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 1, 1) };
		expect(parseIcs('m.ics', minutely, { window }).occurrences).toHaveLength(5000);
	});

	it('does not walk a rule for ever toward a window far from its start', () => {
		const secondly = ics(...vevent('UID:s', 'DTSTART:20000101T000000Z', 'RRULE:FREQ=SECONDLY'));
		const window = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 2) };
		const { occurrences } = parseIcs('s.ics', secondly, { window, maxOccurrencesPerSeries: 10 });
		expect(occurrences).toEqual([]);
	});
});

describe('overrides and recurrence details', () => {
	it('matches a RECURRENCE-ID written in UTC to an instance in a named zone', () => {
		const text = london.replace(
			'RECURRENCE-ID;TZID=Europe/London:20260330T090000',
			'RECURRENCE-ID:20260330T080000Z'
		);
		const series = ofUid(parseIcs('google.ics', text).occurrences, SERIES);
		expect(series.map((o) => iso(o.occurrenceKey))).toEqual([
			'2026-03-16T09:00:00.000Z',
			'2026-03-23T09:00:00.000Z',
			'2026-03-30T08:00:00.000Z',
			'2026-04-06T08:00:00.000Z',
			'2026-04-20T08:00:00.000Z'
		]);
	});

	it('keeps overrides whose series is not in the file, and overrides written before their series', () => {
		const orphan = ics(
			...vevent(
				'UID:gone',
				'RECURRENCE-ID;TZID=Europe/London:20260330T090000',
				'DTSTART:20260330T100000Z',
				'DTEND:20260330T110000Z',
				'SUMMARY:Moved',
				'ATTENDEE;CN=Ann:mailto:ann@example.com'
			)
		);
		expect(parseIcs('o.ics', orphan).occurrences).toEqual([
			{
				uid: 'gone',
				// No VTIMEZONE, so Europe/London comes from the platform: summer time on 30 March.
				occurrenceKey: Date.UTC(2026, 2, 30, 8),
				start: Date.UTC(2026, 2, 30, 10),
				end: Date.UTC(2026, 2, 30, 11),
				title: 'Moved',
				allDay: false,
				cancelled: false,
				recurring: true,
				sequence: null,
				seriesSequence: null,
				attendees: [{ email: 'ann@example.com', name: 'Ann', partstat: null, organizer: false }],
				line: 4
			}
		]);
		const first = ics(
			...vevent('UID:r', 'RECURRENCE-ID:20260102T090000Z', 'DTSTART:20260102T120000Z'),
			...vevent('UID:r', 'DTSTART:20260101T090000Z', 'RRULE:FREQ=DAILY;COUNT=3', 'SUMMARY:Daily')
		);
		const { occurrences } = parseIcs('r.ics', first);
		expect(occurrences.map((o) => [iso(o.start), o.title, o.line])).toEqual([
			['2026-01-01T09:00:00.000Z', 'Daily', 9],
			['2026-01-02T12:00:00.000Z', 'Daily', 4],
			['2026-01-03T09:00:00.000Z', 'Daily', 9]
		]);
	});

	it('replaces the single instance of an event that has an override but no rule', () => {
		const text = ics(
			...vevent('UID:one', 'DTSTART:20260101T090000Z', 'SUMMARY:Once'),
			...vevent('UID:one', 'RECURRENCE-ID:20260101T090000Z', 'DTSTART:20260101T150000Z')
		);
		expect(parseIcs('one.ics', text).occurrences.map((o) => [iso(o.start), o.title])).toEqual([
			['2026-01-01T15:00:00.000Z', 'Once']
		]);
	});

	it('expands a series made of DTSTART and RDATEs only', () => {
		const text = ics(
			...vevent(
				'UID:rd',
				'DTSTART:20260105T090000Z',
				'DTEND:20260105T100000Z',
				'RDATE:20260107T090000Z,20260109T090000Z'
			)
		);
		const { occurrences } = parseIcs('rd.ics', text);
		expect(occurrences.map((o) => [iso(o.start), iso(o.end), o.recurring])).toEqual([
			['2026-01-05T09:00:00.000Z', '2026-01-05T10:00:00.000Z', true],
			['2026-01-07T09:00:00.000Z', '2026-01-07T10:00:00.000Z', true],
			['2026-01-09T09:00:00.000Z', '2026-01-09T10:00:00.000Z', true]
		]);
	});

	it('reads EXDATE and UNTIL written as DATE on a series with times as whole days', () => {
		const text = ics(
			...vevent(
				'UID:x',
				'DTSTART;TZID=Europe/London:20260323T090000',
				'RRULE:FREQ=DAILY;UNTIL=20260327',
				'EXDATE;VALUE=DATE:20260324,20260326'
			)
		);
		expect(parseIcs('x.ics', text).occurrences.map((o) => iso(o.start))).toEqual([
			'2026-03-23T09:00:00.000Z',
			'2026-03-25T09:00:00.000Z',
			'2026-03-27T09:00:00.000Z'
		]);
	});

	it('expands all-day series in whole UTC days, UNTIL included', () => {
		const text = ics(
			...vevent(
				'UID:ad',
				'DTSTART;VALUE=DATE:20260327',
				'DTEND;VALUE=DATE:20260328',
				'RRULE:FREQ=DAILY;UNTIL=20260330'
			)
		);
		expect(spans(parseIcs('ad.ics', text).occurrences)).toEqual([
			['2026-03-27T00:00:00.000Z', '2026-03-27T00:00:00.000Z', '2026-03-28T00:00:00.000Z'],
			['2026-03-28T00:00:00.000Z', '2026-03-28T00:00:00.000Z', '2026-03-29T00:00:00.000Z'],
			['2026-03-29T00:00:00.000Z', '2026-03-29T00:00:00.000Z', '2026-03-30T00:00:00.000Z'],
			['2026-03-30T00:00:00.000Z', '2026-03-30T00:00:00.000Z', '2026-03-31T00:00:00.000Z']
		]);
	});
});

describe('plain daily and weekly rules (walked without ical.js)', () => {
	/** The starts ical.js's own iterator gives for the rule from DTSTART, in Europe/Berlin, up to 2027. */
	const icalStarts = (rule: string, dtstart: string) => {
		const iterator = ICAL.Recur.fromString(rule).iterator(ICAL.Time.fromDateTimeString(dtstart));
		const berlin = intlWallToUtc('Europe/Berlin')!;
		const starts: string[] = [];
		// ical.js hands back the same Time object each step, so each is read before the next.
		for (let next = iterator.next(); next && next.year < 2027; next = iterator.next())
			starts.push(
				iso(berlin(Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute)))
			);
		return starts;
	};

	it.each([
		'FREQ=WEEKLY;COUNT=13',
		'FREQ=WEEKLY;BYDAY=FR;INTERVAL=2;COUNT=20',
		'FREQ=DAILY;INTERVAL=3;COUNT=70',
		'FREQ=WEEKLY;COUNT=0',
		'FREQ=WEEKLY;BYDAY=MO,FR;COUNT=20'
	])("%s gives ical.js's instances, across both daylight-saving changes", (rule) => {
		const { occurrences } = parseIcs(
			'plain.ics',
			ics(
				...vevent(
					'UID:plain',
					'DTSTART;TZID=Europe/Berlin:20260102T090000',
					'DURATION:PT1H',
					`RRULE:${rule}`
				)
			),
			{ window: { from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1) } }
		);
		const expected = icalStarts(rule, '2026-01-02T09:00:00');
		expect(occurrences.map((o) => iso(o.start))).toEqual(expected);
		expect(expected.length).toBeGreaterThan(12);
	});
});
