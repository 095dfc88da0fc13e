// A small hand-checked calendar, from .ics files to ties: every figure worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { calendarSummary } from '../../../src/lib/graph/calendarSummary';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile } from '../../../src/lib/ingest/inputFile';
import { acmeRoster } from './acme';

const ics = (events: string) =>
	['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', events.trim(), 'END:VCALENDAR', ''].join(
		'\r\n'
	);

// A weekly one-hour series of Ann, Bo and Cy on three Mondays; the second is moved to Tuesday and made 30 minutes,
// and Cy declines the third. Ann's export and Bo's both hold the series: it must count once.
const SERIES = `
BEGIN:VEVENT
UID:weekly@acme.com
DTSTART:20260105T090000Z
DTEND:20260105T100000Z
RRULE:FREQ=WEEKLY;COUNT=3
SUMMARY:Weekly sync
ORGANIZER;CN=Ann Lee:mailto:ann@acme.com
ATTENDEE;CN=Bo Yu;PARTSTAT=ACCEPTED:mailto:bo@acme.com
ATTENDEE;CN=Cy Tan;PARTSTAT=ACCEPTED:mailto:cy@acme.com
END:VEVENT
BEGIN:VEVENT
UID:weekly@acme.com
RECURRENCE-ID:20260112T090000Z
DTSTART:20260113T090000Z
DTEND:20260113T093000Z
SUMMARY:Weekly sync (moved)
ORGANIZER;CN=Ann Lee:mailto:ann@acme.com
ATTENDEE;CN=Bo Yu;PARTSTAT=ACCEPTED:mailto:bo@acme.com
ATTENDEE;CN=Cy Tan;PARTSTAT=ACCEPTED:mailto:cy@acme.com
END:VEVENT
BEGIN:VEVENT
UID:weekly@acme.com
RECURRENCE-ID:20260119T090000Z
DTSTART:20260119T090000Z
DTEND:20260119T100000Z
SUMMARY:Weekly sync
ORGANIZER;CN=Ann Lee:mailto:ann@acme.com
ATTENDEE;CN=Bo Yu;PARTSTAT=ACCEPTED:mailto:bo@acme.com
ATTENDEE;CN=Cy Tan;PARTSTAT=DECLINED:mailto:cy@acme.com
END:VEVENT`;

// Bo's export also has a cancelled meeting and a 45-minute one-to-one with Dee, named only by display name.
const BO_ONLY = `
BEGIN:VEVENT
UID:cancelled@acme.com
DTSTART:20260107T140000Z
DTEND:20260107T150000Z
STATUS:CANCELLED
ORGANIZER;CN=Bo Yu:mailto:bo@acme.com
ATTENDEE;CN=Dee Roy:mailto:dee@acme.com
END:VEVENT
BEGIN:VEVENT
UID:one-to-one@acme.com
DTSTART:20260108T140000Z
DTEND:20260108T144500Z
ORGANIZER;CN=Bo Yu:mailto:bo@acme.com
ATTENDEE;CN=Dee Roy:invalid:nomail
END:VEVENT`;

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
	await importFiles(db, [
		acmeRoster(),
		textFile('ann.ics', ics(SERIES)),
		textFile('bo.ics', ics(SERIES + BO_ONLY))
	]);
});
afterAll(async () => db.close());

describe('a hand-checked calendar', () => {
	it('gives the interactions, minutes and weight of every pair', async () => {
		const { ties } = await loadNetwork(db, DEFAULT_SETTINGS);
		expect(ties).toEqual([
			// Three meetings together: 60 + 30 + 60 minutes; weight 1/2 + 0.5/2 + 1/1 (Cy declined the third).
			{
				source: 'ann@acme.com',
				target: 'bo@acme.com',
				interactions: 3,
				minutes: 150,
				weight: 1.75
			},
			// The first two: 60 + 30 minutes, weight 1/2 + 0.5/2.
			{ source: 'ann@acme.com', target: 'cy@acme.com', interactions: 2, minutes: 90, weight: 0.75 },
			// The one-to-one with Dee, matched by display name: 45 minutes, weight 0.75 / 1.
			{ source: 'bo@acme.com', target: 'cy@acme.com', interactions: 2, minutes: 90, weight: 0.75 },
			{ source: 'bo@acme.com', target: 'dee@acme.com', interactions: 1, minutes: 45, weight: 0.75 }
		]);
	});

	it('summarises each file: events, occurrences, duplicates, cancellations and declines', async () => {
		const summary = await calendarSummary(db, DEFAULT_SETTINGS);
		expect(summary).toEqual([
			{
				file: 'ann.ics',
				events: 3,
				occurrences: 3,
				superseded: 0,
				duplicate: 0,
				cancelled: 0,
				outsideWindow: 0,
				allDay: 0,
				tooLarge: 0,
				tooSmall: 0,
				counted: 3,
				declined: 1,
				zeroLength: 0,
				unknownZones: []
			},
			{
				file: 'bo.ics',
				events: 5,
				occurrences: 5,
				superseded: 0,
				duplicate: 3,
				cancelled: 1,
				outsideWindow: 0,
				allDay: 0,
				tooLarge: 0,
				tooSmall: 0,
				counted: 1,
				declined: 0,
				zeroLength: 0,
				unknownZones: []
			}
		]);
	});

	it('re-derives for a window holding only the first week', async () => {
		const firstWeek = {
			...DEFAULT_SETTINGS,
			from: Date.UTC(2026, 0, 5),
			to: Date.UTC(2026, 0, 12)
		};
		const { ties } = await loadNetwork(db, firstWeek);
		expect(ties.map((t) => `${t.source}-${t.target}:${t.interactions}`)).toEqual([
			'ann@acme.com-bo@acme.com:1',
			'ann@acme.com-cy@acme.com:1',
			'bo@acme.com-cy@acme.com:1',
			'bo@acme.com-dee@acme.com:1'
		]);
	});
});
