// An import is one transaction: cancelled at any statement, or failing at its last check, it leaves every table of the
// workspace (the meeting index included) exactly as it was. Real DuckDB-WASM; the cancel is a user's abort, timed by
// counting the import's statements.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { demoDashboardFiles } from '../../../src/lib/demo/files';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile } from '../../../src/lib/ingest/inputFile';
import { clearWorkspace } from '../../../src/lib/ingest/schema';
import { workspaceFingerprint } from '../workspaceFile/fingerprint';

let db: Database;
let before: Record<string, string>;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db.close());
beforeEach(async () => {
	await clearWorkspace(db);
	await importFiles(db, demoDashboardFiles());
	before = await workspaceFingerprint(db);
}, 60_000);

/** A second batch that touches every table: a roster, interactions and a calendar, replacing what is there. */
const nextBatch = () => [
	textFile('roster.csv', 'id,name,team\nann,Ann,Sales\nbo,Bo,Ops\ncy,Cy,Ops\n'),
	textFile('log.csv', 'source,target\nann,bo\nbo,cy\n'),
	textFile(
		'cal.ics',
		[
			'BEGIN:VCALENDAR',
			'BEGIN:VEVENT',
			'UID:one',
			'DTSTART:20260105T090000Z',
			'DTEND:20260105T100000Z',
			'ORGANIZER:mailto:ann',
			'ATTENDEE:mailto:bo',
			'ATTENDEE:mailto:cy',
			'END:VEVENT',
			'END:VCALENDAR',
			''
		].join('\r\n')
	)
];

/** The database, with `onStatement` called before each statement the import runs inside its transaction. */
function watched(onStatement: (count: number) => void): Database {
	return {
		...db,
		transaction: (work, options) =>
			db.transaction((tx) => {
				let count = 0;
				return work({
					...tx,
					query: (sql, params) => {
						onStatement(++count);
						return tx.query(sql, params);
					}
				});
			}, options)
	};
}

describe('an import in one transaction', () => {
	it('cancelled at any of its statements, from the first to the last, changes nothing', async () => {
		// Counted on the same workspace: then put back to the demo alone, so `before` stands.
		let statements = 0;
		await importFiles(
			watched((count) => (statements = count)),
			nextBatch(),
			{ replace: true }
		);
		expect(statements).toBeGreaterThan(10);
		await clearWorkspace(db);
		await importFiles(db, demoDashboardFiles());
		before = await workspaceFingerprint(db);
		for (const at of [
			1,
			2,
			Math.round(statements / 3),
			Math.round((2 * statements) / 3),
			statements
		]) {
			const cancel = new AbortController();
			const cancelledAt = watched((count) => count === at && cancel.abort());
			await expect(
				importFiles(cancelledAt, nextBatch(), { replace: true, signal: cancel.signal }),
				`cancelled at statement ${at} of ${statements}`
			).rejects.toMatchObject({ name: 'AbortError' });
			expect(await workspaceFingerprint(db), `cancelled at statement ${at}`).toEqual(before);
		}
	}, 120_000);

	it('failing at its last check (a second roster) after emptying the workspace, changes nothing', async () => {
		await expect(
			importFiles(db, [...nextBatch(), textFile('roster2.csv', 'id,name,team\nzed,Zed,Ops\n')], {
				replace: true
			})
		).rejects.toThrow('a second roster in one import');
		expect(await workspaceFingerprint(db)).toEqual(before);
	}, 60_000);
});
