// Importing rosters and interaction CSVs through real DuckDB-WASM: column matching, keys, tie aggregation, and errors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles, mergeImportedFiles } from '../../../src/lib/ingest/importFiles';
import { textFile, type InputFile } from '../../../src/lib/ingest/inputFile';
import { clearWorkspace } from '../../../src/lib/ingest/schema';

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db.close());
beforeEach(async () => clearWorkspace(db));

async function importError(...files: InputFile[]): Promise<string> {
	try {
		await importFiles(db, files);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the import was expected to fail');
}

describe('importing a roster and interactions', () => {
	it('recognises each file from its content, whatever its name', async () => {
		const imported = await importFiles(db, [
			textFile('a.txt', 'source,target\nann,bob\n'),
			textFile('b.txt', 'id,name,team\nann,Ann,Sales\nbob,Bob,Ops\n')
		]);
		expect(imported).toEqual([
			{ name: 'a.txt', kind: 'interactions', rows: 1 },
			{ name: 'b.txt', kind: 'roster', rows: 2 }
		]);
	});

	it('matches header synonyms case-insensitively and keeps other roster columns as attributes', async () => {
		await importFiles(db, [
			textFile(
				'roster.csv',
				'\uFEFFPerson ID;Full Name;Department;Location\nA1;Ann Lee;Sales;Berlin\nB2;Bo Yu;Ops;\n'
			),
			textFile('log.csv', 'From,To,Count,Date\nA1,B2,3,2026-01-05\nB2,A1,2,2026-01-06 10:30\n')
		]);
		const { people, ties } = await loadNetwork(db);
		expect(people).toEqual([
			{ id: 'A1', name: 'Ann Lee', team: 'Sales', attributes: { Location: 'Berlin' } },
			{ id: 'B2', name: 'Bo Yu', team: 'Ops', attributes: {} }
		]);
		expect(ties).toEqual([{ source: 'A1', target: 'B2', weight: 5, interactions: 2, minutes: 0 }]);
	});

	it('reads a roster of only keys and teams, naming each person by their key', async () => {
		await importFiles(db, [textFile('roster.csv', 'id,team\np1,Sales\np2,Ops\n')]);
		const { people } = await loadNetwork(db);
		expect(people).toEqual([
			{ id: 'p1', name: 'p1', team: 'Sales', attributes: {} },
			{ id: 'p2', name: 'p2', team: 'Ops', attributes: {} }
		]);
	});

	it('trims keys, compares emails case-insensitively and matches interactions to the roster by email', async () => {
		await importFiles(db, [
			textFile(
				'roster.csv',
				'id,email,name,team\n1, Ann@Example.com ,Ann,Sales\n2,bo@example.com,Bo,Ops\n'
			),
			textFile('log.csv', 'source,target\nANN@example.com , bo@EXAMPLE.com\n1,2\n')
		]);
		const { ties } = await loadNetwork(db);
		expect(ties).toEqual([{ source: '1', target: '2', weight: 2, interactions: 2, minutes: 0 }]);
	});

	it('sums repeated interactions into one undirected tie, drops self-ties and adds unlisted people as Unknown', async () => {
		await importFiles(db, [
			textFile(
				'roster.csv',
				'email,name,team\nann@x.com,Ann,Sales\nbo@x.com,Bo,Ops\nliz@x.com,Liz,Ops\n'
			),
			textFile(
				'log.csv',
				'source,target,weight\nann@x.com,bo@x.com,1.5\nbo@x.com,ann@x.com,2\nann@x.com,ann@x.com,9\nann@x.com,zed@y.org,1\n'
			)
		]);
		const { people, ties } = await loadNetwork(db);
		expect(people.map((p) => [p.id, p.team])).toEqual([
			['ann@x.com', 'Sales'],
			['bo@x.com', 'Ops'],
			['liz@x.com', 'Ops'],
			['zed@y.org', 'Unknown']
		]);
		expect(ties).toEqual([
			{ source: 'ann@x.com', target: 'bo@x.com', weight: 3.5, interactions: 2, minutes: 0 },
			{ source: 'ann@x.com', target: 'zed@y.org', weight: 1, interactions: 1, minutes: 0 }
		]);
	});

	it('reads interaction times with their UTC offset, and counts only those in the window', async () => {
		await importFiles(db, [
			textFile(
				'log.csv',
				'source,target,timestamp\nann,bo,2026-01-05T10:00:00+01:00\nann,cy,2026-01-05T10:30:00Z\nbo,cy,\n'
			)
		]);
		// 10:00+01:00 is 09:00 UTC: inside a window that ends at 10:00 UTC, while 10:30Z is not.
		const window = {
			...DEFAULT_SETTINGS,
			from: Date.UTC(2026, 0, 5, 9),
			to: Date.UTC(2026, 0, 5, 10)
		};
		const { ties } = await loadNetwork(db, window);
		expect(ties.map((t) => `${t.source}-${t.target}`)).toEqual(['ann-bo', 'bo-cy']);
	});

	it('reads quoted fields that hold commas, quotes and line breaks', async () => {
		await importFiles(db, [
			textFile('roster.csv', 'id,name,team\n1,"Lee, Ann ""AJ""","Sales\nEMEA"\n2,Bo,Ops\n')
		]);
		const { people } = await loadNetwork(db);
		expect(people[0]).toMatchObject({ name: 'Lee, Ann "AJ"', team: 'Sales\nEMEA' });
	});
});

describe('bad input', () => {
	it.each([
		['an empty file', '', 'x.csv: the file is empty'],
		[
			'a row with too many fields',
			'source,target\na,b\nc,d,e\n',
			'x.csv: line 3: expected 2 columns, found 3'
		],
		[
			'an empty target',
			'source,target,weight\na,b,1\nc,,2\n',
			'x.csv: line 3: the target is empty'
		],
		[
			'a weight that is not a number',
			'source,target,weight\na,b,lots\n',
			'x.csv: line 2: the weight "lots" is not a number'
		],
		[
			'a negative weight',
			'from,to,count\na,b,-1\n',
			'x.csv: line 2: the count "-1" must be a finite number of 0 or more'
		],
		[
			'a bad timestamp',
			'source,target,timestamp\na,b,2026-01-05\na,c,soon\n',
			'x.csv: line 3: the timestamp "soon" is not a date and time'
		],
		[
			'an unbalanced quote',
			'source,target\n"a,b\nc,d\n',
			'x.csv: line 2: a quoted value is never closed (unbalanced " quotes)'
		],
		[
			'a duplicate person',
			'id,team\n1,a\n2,b\n1,c\n',
			'x.csv: line 4: 1 is already listed on line 2; each person must appear once'
		],
		['a person with no key', 'email,team\na@x.com,a\n ,b\n', 'x.csv: line 3: the email is empty'],
		[
			'unknown columns',
			'foo,bar\n1,2\n',
			'x.csv: line 1: not a roster (needs id or email, and team columns), interactions (source and target), meetings (meeting_id, start, attendee) or Outlook calendar export; found columns: foo, bar'
		],
		[
			'a letter rather than a table',
			'Dear client,\nplease find attached the minutes.\n',
			'x.csv: line 1: not a roster (needs id or email, and team columns), interactions (source and target), meetings (meeting_id, start, attendee) or Outlook calendar export; found columns: Dear client, (no name)'
		]
	])('names the file, line and problem for %s', async (_, content, message) => {
		expect(await importError(textFile('x.csv', content))).toBe(message);
	});

	it('says a PNG renamed .csv is an image', async () => {
		const png = {
			name: 'x.csv',
			bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
		};
		expect(await importError(png)).toBe('x.csv: this is a PNG image, not a CSV file');
	});

	it('leaves the data loaded before exactly as it was when a file in the batch is bad', async () => {
		await importFiles(db, [
			textFile('roster.csv', 'id,name,team\nann,Ann,Sales\nbo,Bo,Ops\n'),
			textFile('log.csv', 'source,target\nann,bo\n')
		]);
		const before = await loadNetwork(db);
		const message = await importError(
			textFile('roster2.csv', 'id,name,team\nzed,Zed,Ops\n'),
			textFile('log.csv', 'source,target\nzed,ann\nzed\n')
		);
		expect(message).toBe('log.csv: line 3: expected 2 columns, found 1');
		expect(await loadNetwork(db)).toEqual(before);
	});
});

describe('the workspace file list', () => {
	it('replaces a file by name and the roster by any new roster', () => {
		const merged = mergeImportedFiles(
			[
				{ name: 'r.csv', kind: 'roster', rows: 2 },
				{ name: 'a.csv', kind: 'interactions', rows: 5 },
				{ name: 'b.csv', kind: 'interactions', rows: 7 }
			],
			[
				{ name: 'r2.csv', kind: 'roster', rows: 3 },
				{ name: 'a.csv', kind: 'interactions', rows: 1 }
			]
		);
		expect(merged.map((f) => `${f.name}:${f.rows}`)).toEqual(['b.csv:7', 'r2.csv:3', 'a.csv:1']);
	});
});
