// Time zones: the file's VTIMEZONEs first, IANA (and Windows) names without one through Intl, unknown names and floating times as UTC.
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/lib/ingest/calendar/ics';
import { intlWallToUtc } from '../../../src/lib/ingest/calendar/intlZone';
import { ics, iso, vevent } from './helpers';

/** A zone of the file's own, two and a half hours behind UTC all year. */
const OFFICE_ZONE = [
	'BEGIN:VTIMEZONE',
	'TZID:Office',
	'BEGIN:STANDARD',
	'DTSTART:19700101T000000',
	'TZOFFSETFROM:-0230',
	'TZOFFSETTO:-0230',
	'END:STANDARD',
	'END:VTIMEZONE'
];

const starts = (text: string) => parseIcs('z.ics', text).occurrences.map((o) => iso(o.start));

describe('TZIDs', () => {
	it('converts an IANA name without a VTIMEZONE with the platform zone, across its DST change', () => {
		const text = ics(
			...vevent(
				'UID:c',
				'DTSTART;TZID=America/Chicago:20260302T090000',
				'RRULE:FREQ=WEEKLY;COUNT=2'
			)
		);
		expect(starts(text)).toEqual(['2026-03-02T15:00:00.000Z', '2026-03-09T14:00:00.000Z']);
	});

	it('reads an unknown TZID as UTC, and names it among the unknown zones', () => {
		const text = ics(
			...vevent('UID:a', 'DTSTART;TZID=Mars/Olympus_Mons:20260302T090000'),
			...vevent('UID:b', 'DTSTART;TZID=Mars/Olympus_Mons:20260303T090000'),
			...vevent('UID:c', 'DTSTART;TZID=Office Time:20260304T090000')
		);
		expect(starts(text)).toEqual([
			'2026-03-02T09:00:00.000Z',
			'2026-03-03T09:00:00.000Z',
			'2026-03-04T09:00:00.000Z'
		]);
		expect(parseIcs('z.ics', text).unknownZones).toEqual(['Mars/Olympus_Mons', 'Office Time']);
	});

	it('names no unknown zone for IANA and Windows names, UTC, or a VTIMEZONE of its own', () => {
		const text = ics(
			...OFFICE_ZONE,
			...vevent('UID:a', 'DTSTART;TZID=Office:20260302T090000'),
			...vevent('UID:b', 'DTSTART;TZID=Europe/Berlin:20260302T090000'),
			...vevent('UID:c', 'DTSTART;TZID=Pacific Standard Time:20260302T090000'),
			...vevent('UID:d', 'DTSTART;TZID=UTC:20260302T090000')
		);
		const calendar = parseIcs('z.ics', text);
		expect(calendar.occurrences).toHaveLength(4);
		expect(calendar.unknownZones).toEqual([]);
	});

	it('reads a Windows zone name without its VTIMEZONE as its IANA zone, across a daylight-saving change', () => {
		// America/Los_Angeles moves to daylight time on 8 March 2026; Europe/Berlin on 29 March.
		const pacific = ics(
			...vevent('DTSTART;TZID=Pacific Standard Time:20260302T090000', 'RRULE:FREQ=WEEKLY;COUNT=2')
		);
		expect(starts(pacific)).toEqual(['2026-03-02T17:00:00.000Z', '2026-03-09T16:00:00.000Z']);
		const berlin = ics(...vevent('DTSTART;TZID="W. Europe Standard Time":20260330T090000'));
		expect(starts(berlin)).toEqual(['2026-03-30T07:00:00.000Z']);
	});

	it("prefers the file's own VTIMEZONE to the IANA zone of the same name", () => {
		const fixedLondon = [
			'BEGIN:VTIMEZONE',
			'TZID:Europe/London',
			'BEGIN:STANDARD',
			'DTSTART:19700101T000000',
			'TZOFFSETFROM:+0300',
			'TZOFFSETTO:+0300',
			'END:STANDARD',
			'END:VTIMEZONE'
		];
		const text = ics(...fixedLondon, ...vevent('DTSTART;TZID=Europe/London:20260702T090000'));
		expect(starts(text)).toEqual(['2026-07-02T06:00:00.000Z']);
	});

	it('uses a VTIMEZONE from another VCALENDAR of the same file', () => {
		const first = ics(...OFFICE_ZONE);
		const second = ics(...vevent('DTSTART;TZID=Office:20260302T090000'));
		expect(starts(first + second)).toEqual(['2026-03-02T11:30:00.000Z']);
	});

	it('converts DTSTART and DTEND each in its own zone (a flight)', () => {
		const text = ics(
			...vevent(
				'DTSTART;TZID=Europe/London:20260401T090000',
				'DTEND;TZID=America/New_York:20260401T120000'
			)
		);
		const [flight] = parseIcs('f.ics', text).occurrences;
		expect([iso(flight.start), iso(flight.end)]).toEqual([
			'2026-04-01T08:00:00.000Z',
			'2026-04-01T16:00:00.000Z'
		]);
	});
});

describe('floating times', () => {
	it("are read in the calendar's X-WR-TIMEZONE, even one without a VTIMEZONE", () => {
		const text = ics('X-WR-TIMEZONE:America/New_York', ...vevent('DTSTART:20260115T090000'));
		expect(starts(text)).toEqual(['2026-01-15T14:00:00.000Z']);
	});

	it('name an unknown X-WR-TIMEZONE only when some time is floating, since only those are read in it', () => {
		const zoned = ics('X-WR-TIMEZONE:Somewhere/Else', ...vevent('DTSTART:20260115T090000Z'));
		expect(parseIcs('z.ics', zoned).unknownZones).toEqual([]);
		const floating = ics('X-WR-TIMEZONE:Somewhere/Else', ...vevent('DTSTART:20260115T090000'));
		expect(starts(floating)).toEqual(['2026-01-15T09:00:00.000Z']);
		expect(parseIcs('z.ics', floating).unknownZones).toEqual(['Somewhere/Else']);
	});

	it('are read as UTC when the calendar names no zone', () => {
		expect(starts(ics(...vevent('DTSTART:20260115T090000')))).toEqual(['2026-01-15T09:00:00.000Z']);
	});

	it("in RDATE, EXDATE and RECURRENCE-ID follow their event's DTSTART zone", () => {
		const text = ics(
			...vevent(
				'UID:s',
				'DTSTART;TZID=Europe/London:20260330T090000',
				'RRULE:FREQ=DAILY;COUNT=3',
				'EXDATE:20260331T090000'
			),
			...vevent(
				'UID:s',
				'RECURRENCE-ID:20260401T090000',
				'DTSTART;TZID=Europe/London:20260401T130000'
			)
		);
		expect(starts(text)).toEqual(['2026-03-30T08:00:00.000Z', '2026-04-01T12:00:00.000Z']);
	});
});

describe('intlWallToUtc', () => {
	it('gives UTC for wall-clock times on both sides of a change, and in half-hour zones', () => {
		const london = intlWallToUtc('Europe/London')!;
		expect(iso(london(Date.UTC(2026, 2, 28, 9)))).toBe('2026-03-28T09:00:00.000Z');
		expect(iso(london(Date.UTC(2026, 2, 30, 9)))).toBe('2026-03-30T08:00:00.000Z');
		// 01:30 on 29 March does not exist in London; it keeps the offset from before the change.
		expect(iso(london(Date.UTC(2026, 2, 29, 1, 30)))).toBe('2026-03-29T01:30:00.000Z');
		const kolkata = intlWallToUtc('Asia/Kolkata')!;
		expect(iso(kolkata(Date.UTC(2026, 0, 1, 9)))).toBe('2026-01-01T03:30:00.000Z');
	});

	it('is null for a zone the platform does not know', () => {
		expect(intlWallToUtc('W. Europe Standard Time')).toBeNull();
	});
});
