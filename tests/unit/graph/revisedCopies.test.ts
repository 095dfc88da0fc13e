// Copies of one meeting from exports made at different times: the newest copy (RFC 5545's SEQUENCE) says whether it
// happened, when, and who was invited, whichever file's name sorts first. Every figure worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { calendarSummary } from '../../../src/lib/graph/calendarSummary';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile } from '../../../src/lib/ingest/inputFile';
import { fixture } from '../calendar/helpers';
import { acmeRoster, tieLine } from './acme';

// tests/fixtures/calendar/revisions: Ann organises; her Google export (organiser.ics) is current. Bo's Outlook export
// (bo.ics, which sorts first) was made before she revised two meetings; Cy's comes from a tool that writes no SEQUENCE.
// - Planning, weekly on three Mondays: Ann moved it from 09:00 to 10:00 and dropped Dee (series SEQUENCE 1 to 2), then
//   left Cy out of the 12 January one (an override, SEQUENCE 3). Bo's copy still has 09:00 with Dee.
// - Budget review, 7 January: Ann cancelled it (SEQUENCE 1); Bo's copy (SEQUENCE 0) does not know.
// - Retro, 8 January, one hour: same SEQUENCE in Ann's and Bo's copies, where Bo declined; Cy's copy has none.
const FILES = ['organiser.ics', 'bo.ics', 'cy.ics'];

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
	await importFiles(db, [
		acmeRoster(),
		...FILES.map((name) => textFile(name, fixture(`revisions/${name}`)))
	]);
});
afterAll(async () => db.close());

describe('copies of a meeting revised after some were exported', () => {
	it('counts each meeting as its newest copies say', async () => {
		const { ties } = await loadNetwork(db, DEFAULT_SETTINGS);
		expect(ties.map(tieLine)).toEqual([
			// Planning at 10:00 on 5 and 19 January (Ann, Bo, Cy: 1 h / 2 each) and 12 January (Ann and Bo: 1 h).
			'ann@acme.com|bo@acme.com i=3 m=180 w=2',
			// Planning on 5 and 19 January, and the Retro (Ann, Cy, Dee without Bo: 1 h / 2).
			'ann@acme.com|cy@acme.com i=3 m=180 w=1.5',
			'ann@acme.com|dee@acme.com i=1 m=60 w=0.5',
			'bo@acme.com|cy@acme.com i=2 m=120 w=1',
			'cy@acme.com|dee@acme.com i=1 m=60 w=0.5'
		]);
	});

	it('names the older copies apart from duplicates in the summary', async () => {
		const summary = await calendarSummary(db, DEFAULT_SETTINGS);
		expect(
			summary.map(({ file, occurrences, superseded, duplicate, cancelled, counted, declined }) => ({
				file,
				occurrences,
				superseded,
				duplicate,
				cancelled,
				counted,
				declined
			}))
		).toEqual([
			// Planning's three 09:00 instances and the Budget review are older copies; the Retro stands for all three.
			{
				file: 'bo.ics',
				occurrences: 5,
				superseded: 4,
				duplicate: 0,
				cancelled: 0,
				counted: 1,
				declined: 1
			},
			// A copy without SEQUENCE is not judged older: it is a duplicate.
			{
				file: 'cy.ics',
				occurrences: 1,
				superseded: 0,
				duplicate: 1,
				cancelled: 0,
				counted: 0,
				declined: 0
			},
			{
				file: 'organiser.ics',
				occurrences: 5,
				superseded: 0,
				duplicate: 1,
				cancelled: 1,
				counted: 3,
				declined: 0
			}
		]);
	});

	it('takes an Outlook CSV row matched to an older copy of a series as older too', async () => {
		// Cy's Outlook CSV, exported before Ann moved Planning, still has it at 09:00 with Dee. Matched to Bo's older
		// .ics copy of the series, it is left out with it rather than counted as a meeting of its own.
		const header =
			'Subject,Start Date,Start Time,End Date,End Time,All day event,Meeting Organizer,Required Attendees';
		const row =
			'"Planning",19/01/2026,09:00:00,19/01/2026,10:00:00,False,Ann Lee,"Ann Lee;Cy Tan;Dee Roy"';
		const before = (await loadNetwork(db, DEFAULT_SETTINGS)).ties.map(tieLine);
		await importFiles(db, [textFile('cy-outlook.csv', `${header}\r\n${row}\r\n`)]);
		expect((await loadNetwork(db, DEFAULT_SETTINGS)).ties.map(tieLine)).toEqual(before);
		const summary = await calendarSummary(db, DEFAULT_SETTINGS);
		expect(summary.find((f) => f.file === 'cy-outlook.csv')).toMatchObject({
			occurrences: 1,
			superseded: 1,
			counted: 0
		});
	});
});
