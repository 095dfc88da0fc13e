// Reading calendars as Google Calendar, Outlook and Apple Calendar export them: zones, overrides, attendees, escapes, folds.
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/lib/ingest/calendar/ics';
import { fixture, ics, iso, ofUid, spans, vevent } from './helpers';

describe('a Google Calendar export (Europe/London, X-WR-TIMEZONE)', () => {
	const calendar = parseIcs('google.ics', fixture('google-europe-london.ics'));
	const series = ofUid(calendar.occurrences, '7kq3v9c2m1n8p0r4s6t5u2w1x3@google.com');
	const master = [
		{ email: 'alice@example.com', name: 'Alice Smith', partstat: 'ACCEPTED', organizer: true },
		{ email: 'bob@example.com', name: 'bob@example.com', partstat: 'ACCEPTED', organizer: false },
		{ email: 'carol@example.com', name: 'Carol Jones', partstat: 'DECLINED', organizer: false }
	];

	it('counts every VEVENT, overrides included, and reads each one', () => {
		expect(calendar.events).toBe(7);
		expect(calendar.occurrences).toHaveLength(8);
	});

	it('expands a weekly 09:00 series across the 29 March switch: 09:00Z before, 08:00Z after', () => {
		expect(spans(series)).toEqual([
			['2026-03-16T09:00:00.000Z', '2026-03-16T09:00:00.000Z', '2026-03-16T09:30:00.000Z'],
			['2026-03-23T09:00:00.000Z', '2026-03-24T10:00:00.000Z', '2026-03-24T10:30:00.000Z'],
			['2026-03-30T08:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-03-30T08:30:00.000Z'],
			['2026-04-06T08:00:00.000Z', '2026-04-06T08:00:00.000Z', '2026-04-06T08:30:00.000Z'],
			// 13 April is an EXDATE; COUNT=6 still ends the series on 20 April.
			['2026-04-20T08:00:00.000Z', '2026-04-20T08:00:00.000Z', '2026-04-20T08:30:00.000Z']
		]);
		expect(series.every((o) => o.recurring && !o.allDay)).toBe(true);
	});

	it('moves one occurrence to its override, keyed by its RECURRENCE-ID', () => {
		expect(series[1]).toMatchObject({
			title: 'Weekly sync (moved to Tuesday)',
			cancelled: false,
			line: 57,
			attendees: master
		});
	});

	it("gives each occurrence its own SEQUENCE and its series', which rank copies in other files", () => {
		expect(series.map((o) => [o.sequence, o.seriesSequence])).toEqual([
			[0, 0],
			[1, 0],
			[1, 0],
			[2, 0],
			[0, 0]
		]);
		const [breakfast] = ofUid(calendar.occurrences, 'floating-breakfast@google.com');
		expect([breakfast.sequence, breakfast.seriesSequence]).toEqual([null, null]);
	});

	it('reads a SEQUENCE out of range as absent, since it only ranks copies', () => {
		const sequenceOf = (written: string) =>
			parseIcs(
				's.ics',
				ics(
					...vevent(
						'UID:s',
						'DTSTART:20260105T090000Z',
						'DTEND:20260105T100000Z',
						`SEQUENCE:${written}`
					)
				)
			).occurrences[0].sequence;
		expect(['7', ' 3', '-1', '99999999999'].map(sequenceOf)).toEqual([7, 3, null, null]);
	});

	it("changes one occurrence's attendees and leaves the others alone", () => {
		expect(series[2].attendees).toEqual([
			{ email: 'alice@example.com', name: 'Alice Smith', partstat: 'ACCEPTED', organizer: true },
			{ email: 'bob@example.com', name: 'bob@example.com', partstat: 'ACCEPTED', organizer: false },
			{ email: 'dave@example.com', name: 'Dave Brown', partstat: 'NEEDS-ACTION', organizer: false }
		]);
		expect(series[0].attendees).toEqual(master);
		expect(series[4].attendees).toEqual(master);
	});

	it('marks a cancelled occurrence, which takes its title and attendees from the series', () => {
		expect(series[3]).toMatchObject({
			cancelled: true,
			title: 'Weekly sync',
			attendees: master,
			line: 97
		});
		expect(series.filter((o) => o.cancelled)).toHaveLength(1);
	});

	it('merges the organizer with their ATTENDEE line, keeps declines, and skips VALARM attendees', () => {
		expect(series[0]).toMatchObject({ title: 'Weekly sync', line: 26, attendees: master });
	});

	it('reads UTC times and a title that was folded and had escaped commas', () => {
		const [review] = ofUid(calendar.occurrences, '1a2b3c4d5e6f7g8h9i0j@google.com');
		expect(review).toEqual({
			uid: '1a2b3c4d5e6f7g8h9i0j@google.com',
			occurrenceKey: Date.UTC(2026, 2, 17, 14),
			start: Date.UTC(2026, 2, 17, 14),
			end: Date.UTC(2026, 2, 17, 15),
			title: 'Design review of the onboarding flow, the billing pages and the admin console',
			allDay: false,
			cancelled: false,
			recurring: false,
			sequence: 0,
			seriesSequence: 0,
			attendees: [
				{ email: 'bob@example.com', name: 'Bob Example', partstat: 'ACCEPTED', organizer: true },
				{ email: 'erin@example.com', name: 'Erin Park', partstat: 'TENTATIVE', organizer: false }
			],
			line: 109
		});
	});

	it('reads a two-day all-day event as 00:00 UTC to 00:00 UTC', () => {
		const [offsite] = ofUid(calendar.occurrences, 'offsite-2026@google.com');
		expect(offsite).toMatchObject({ allDay: true, attendees: [], title: 'Team offsite' });
		expect([iso(offsite.start), iso(offsite.end)]).toEqual([
			'2026-04-01T00:00:00.000Z',
			'2026-04-03T00:00:00.000Z'
		]);
	});

	it('reads a floating time in the X-WR-TIMEZONE (London, summer time on 1 April)', () => {
		const [breakfast] = ofUid(calendar.occurrences, 'floating-breakfast@google.com');
		expect([iso(breakfast.start), iso(breakfast.end)]).toEqual([
			'2026-04-01T08:00:00.000Z',
			'2026-04-01T09:00:00.000Z'
		]);
	});
});

describe('an Outlook export (W. Europe Standard Time, MAILTO:)', () => {
	const calendar = parseIcs('outlook.ics', fixture('outlook-w-europe.ics'));
	const uid =
		'040000008200E00074C5B7101A82E00800000000D0B1A5C2F1A8DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90';

	it('converts with the Windows-named VTIMEZONE and stops at UNTIL (inclusive)', () => {
		const planning = ofUid(calendar.occurrences, uid);
		expect(planning.map((o) => iso(o.start))).toEqual([
			'2026-03-05T09:00:00.000Z',
			'2026-03-12T09:00:00.000Z',
			'2026-03-19T09:00:00.000Z',
			'2026-03-26T09:00:00.000Z',
			'2026-04-02T08:00:00.000Z',
			'2026-04-09T08:00:00.000Z',
			'2026-04-16T08:00:00.000Z',
			'2026-04-23T08:00:00.000Z'
		]);
		expect(planning.every((o) => o.end - o.start === 3_600_000 && o.title === 'Planning')).toBe(
			true
		);
	});

	it('strips MAILTO: in capitals, lower-cases addresses and merges the organizer', () => {
		const [first] = ofUid(calendar.occurrences, uid);
		expect(first.attendees).toEqual([
			{ email: 'bob.jones@contoso.com', name: 'Bob Jones', partstat: null, organizer: true },
			{ email: 'erin.park@contoso.com', name: 'Erin Park', partstat: null, organizer: false },
			{ email: 'frank.li@contoso.com', name: 'Frank Li', partstat: 'TENTATIVE', organizer: false },
			{
				email: 'grace.hall@contoso.com',
				name: 'Grace Hall',
				partstat: 'DECLINED',
				organizer: false
			}
		]);
	});

	it('reads the all-day holiday', () => {
		const holiday = calendar.occurrences.at(-1)!;
		expect(holiday).toMatchObject({ title: 'Company holiday', allDay: true, recurring: false });
		expect([iso(holiday.start), iso(holiday.end), holiday.line]).toEqual([
			'2026-04-10T00:00:00.000Z',
			'2026-04-11T00:00:00.000Z',
			59
		]);
	});
});

describe('an Apple Calendar export (folded lines, escaped text, EMAIL parameters)', () => {
	const calendar = parseIcs('apple.ics', fixture('apple-folded.ics'));
	const [review, away] = calendar.occurrences;

	it('unfolds and unescapes the title', () => {
		expect(review.title).toBe(
			'Budget review, Q2 planning; draft numbers, forecasts, and hiring plan'
		);
		expect(review.uid).toBe('5F3C9A1E-2B7D-4C8E-9F0A-1B2C3D4E5F60');
	});

	it('converts New York time (summer time from 8 March 2026)', () => {
		expect([iso(review.start), iso(review.end), review.line]).toEqual([
			'2026-03-12T14:30:00.000Z',
			'2026-03-12T15:30:00.000Z',
			26
		]);
	});

	it('reads quoted and folded CNs, takes the EMAIL parameter for urn:uuid attendees, and skips anonymous ones and the room', () => {
		expect(review.attendees).toEqual([
			{ email: 'sam.lee@example.com', name: 'Lee, Sam', partstat: 'ACCEPTED', organizer: true },
			{
				email: 'jane.public@example.com',
				name: 'Dr. Jane Q. Public-Longname, PhD',
				partstat: 'TENTATIVE',
				organizer: false
			},
			{ email: 'kim.ng@example.com', name: 'Kim Ng', partstat: 'NEEDS-ACTION', organizer: false }
		]);
	});

	it('reads the all-day event', () => {
		expect(away).toMatchObject({
			title: 'Sam out of office',
			allDay: true,
			start: Date.UTC(2026, 2, 15),
			end: Date.UTC(2026, 2, 16),
			line: 62
		});
	});
});
