// "Delete all data" in DuckDB: after an import of every kind, nothing of the workspace is left, and importing works again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { demoDashboardFiles } from '../../../src/lib/demo/files';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile } from '../../../src/lib/ingest/inputFile';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { dropAllData, storedObjects } from '../../../src/lib/privacy/deleteAll';

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db?.close());

describe('dropAllData', () => {
	it('leaves no table or view, temporary ones included, and a new import starts afresh', async () => {
		await importFiles(db, demoDashboardFiles());
		await db.query('CREATE TEMP TABLE scratch AS SELECT 1 AS x');
		const before = await storedObjects(db);
		expect(before.length).toBeGreaterThan(3);
		expect(before.map((object) => object.name)).toContain('roster');

		await dropAllData(db);
		expect(await storedObjects(db)).toEqual([]);
		const [{ people }] = await db.query<{ people: number }>(
			"SELECT count(*)::INTEGER AS people FROM duckdb_tables() WHERE table_name = 'roster'"
		);
		expect(people).toBe(0);

		await importFiles(db, [textFile('roster.csv', 'id,team\nann,Sales\nbo,Ops\n')]);
		const network = await loadNetwork(db);
		expect(network.people.map((person) => person.id).sort()).toEqual(['ann', 'bo']);
	});
});
