// One meeting in one person's .ics and another's Outlook CSV counts once, though the CSV has no UID and writes local
// times without a zone. Every figure worked out by hand below.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { calendarSummary } from '../../../src/lib/graph/calendarSummary';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile, type InputFile } from '../../../src/lib/ingest/inputFile';
import { clearWorkspace } from '../../../src/lib/ingest/schema';
import { acmeRoster, tieLine } from '../graph/acme';

// tests/fixtures/calendarCsv/mixed: Ann's Google export (Europe/Berlin) and Bo's Outlook CSV of the same week.
// - Planning, 10:00-11:00 Berlin on 23 and 30 March (Ann, Bo, Cy): 09:00Z, then 08:00Z after the 29 March switch.
// - Two half-hour 1:1s of Ann and Bo with one title, 09:00 and 11:30 Berlin on 24 March.
// - Bo's CSV writes those Berlin times as they are, which Weft reads as UTC, and adds a Bo / Cy sync on 31 March
//   that Ann's calendar does not have.
const fixture = (name: string): InputFile =>
	textFile(
		name,
		readFileSync(new URL(`../../fixtures/calendarCsv/mixed/${name}`, import.meta.url), 'utf8')
	);
const ROSTER = acmeRoster();

const asText = async () => (await loadNetwork(db, DEFAULT_SETTINGS)).ties.map(tieLine);

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db.close());
beforeEach(async () => clearWorkspace(db));

describe('an .ics and an Outlook CSV holding the same meetings', () => {
	it('counts each meeting once: the CSV rows are copies of the .ics events an hour or two away', async () => {
		await importFiles(db, [ROSTER, fixture('ann.ics'), fixture('bo-outlook.csv')]);
		expect(await asText()).toEqual([
			// Planning twice (1 h, three people: 0.5 each) and the two 1:1s (30 min, two people: 0.5 each).
			'ann@acme.com|bo@acme.com i=4 m=180 w=2',
			'ann@acme.com|cy@acme.com i=2 m=120 w=1',
			// Planning twice, and the sync only Bo's CSV has.
			'bo@acme.com|cy@acme.com i=3 m=150 w=1.5'
		]);
		const summary = await calendarSummary(db, DEFAULT_SETTINGS);
		expect(summary.map((f) => [f.file, f.occurrences, f.duplicate, f.counted])).toEqual([
			['ann.ics', 4, 0, 4],
			['bo-outlook.csv', 5, 4, 1]
		]);
	});

	it('matches them whichever is imported first, in imports of their own', async () => {
		await importFiles(db, [ROSTER]);
		await importFiles(db, [fixture('bo-outlook.csv')]);
		await importFiles(db, [fixture('ann.ics')]);
		expect(await asText()).toEqual([
			'ann@acme.com|bo@acme.com i=4 m=180 w=2',
			'ann@acme.com|cy@acme.com i=2 m=120 w=1',
			'bo@acme.com|cy@acme.com i=3 m=150 w=1.5'
		]);
	});

	it('keeps a row as near one .ics meeting as another as a meeting of its own', async () => {
		// A 1:1 row at 10:15: 2 h 15 min from the .ics one at 08:00Z and 15 min from the one at 10:30Z, each 1 h 15 min
		// from the file's usual hour (Planning, 23 March). Matching it to either would be a guess.
		const text = readFileSync(
			new URL('../../fixtures/calendarCsv/mixed/bo-outlook.csv', import.meta.url),
			'utf8'
		);
		const ambiguous = text
			.split('\r\n')[2]
			.replaceAll('09:00:00', '10:15:00')
			.replaceAll('09:30:00', '10:45:00');
		await importFiles(db, [
			ROSTER,
			fixture('ann.ics'),
			textFile('bo-outlook.csv', `${text}${ambiguous}\r\n`)
		]);
		const summary = await calendarSummary(db, DEFAULT_SETTINGS);
		expect(summary.map((f) => [f.file, f.occurrences, f.duplicate, f.counted])).toEqual([
			['ann.ics', 4, 0, 4],
			['bo-outlook.csv', 6, 4, 2]
		]);
	});
});
