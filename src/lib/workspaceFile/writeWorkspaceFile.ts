// Writes the workspace (imported tables and state) into one file that the page and the CLI can open again.
import { strToU8 } from 'fflate';
import type { Database } from '../db/types';
import { ensureSchema, IMPORTED_TABLES } from '../ingest/schema';
import {
	MANIFEST_ENTRY,
	tableEntry,
	WORKSPACE_FORMAT,
	WORKSPACE_VERSION,
	type WorkspaceManifest
} from './format';
import type { WorkspaceState } from './state';
import { zipHere, type ZipEntries, type Zipper } from './zipEntries';

/**
 * More imported rows than this are not written into one file: the file is built in memory, and a workspace of a
 * 1 GB import would take more than a browser tab has. Its source files are the way to keep it.
 */
export const MAX_WORKSPACE_ROWS = 5_000_000;

/**
 * The workspace file's bytes. Tables are read in one transaction, so they are of one moment; the meeting index is
 * left out, as opening the file makes it again from these tables. `zip` packs them (the page's zips in a worker).
 */
export async function workspaceFileBytes(
	db: Database,
	state: WorkspaceState,
	zip: Zipper = zipHere
): Promise<Uint8Array> {
	const entries: ZipEntries = {};
	const tables: Record<string, number> = {};
	await db.transaction(async (tx) => {
		await ensureSchema(tx);
		for (const table of IMPORTED_TABLES) {
			const [{ rows }] = await tx.query<{ rows: number }>(
				`SELECT count(*)::DOUBLE AS rows FROM ${table}`
			);
			tables[table] = rows;
		}
		const total = Object.values(tables).reduce((sum, rows) => sum + rows, 0);
		if (total > MAX_WORKSPACE_ROWS) {
			throw new Error(
				`the workspace holds ${total.toLocaleString('en-GB')} rows, more than the ${MAX_WORKSPACE_ROWS.toLocaleString('en-GB')} a workspace file holds; keep its source files instead`
			);
		}
		for (const table of IMPORTED_TABLES) {
			// In insertion order (DuckDB preserves it), so the restored tables read back row for row the same.
			entries[tableEntry(table)] = await tx.queryArrowIpc(`SELECT * FROM ${table}`);
		}
	});
	const manifest: WorkspaceManifest = {
		format: WORKSPACE_FORMAT,
		version: WORKSPACE_VERSION,
		savedAt: new Date().toISOString(),
		tables,
		state
	};
	entries[MANIFEST_ENTRY] = strToU8(JSON.stringify(manifest, null, '\t'));
	return zip(entries);
}
