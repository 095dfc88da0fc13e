// Every workspace table's rows reduced to one hash per table: equal fingerprints mean equal tables. Imported tables
// are hashed in storage order (which first-come rules rely on); the meeting index, whose order DuckDB's hash
// aggregation leaves open, as a multiset.
import type { Queryable } from '../../../src/lib/db/types';
import { ensureSchema, IMPORTED_TABLES, WORKSPACE_TABLES } from '../../../src/lib/ingest/schema';

export async function workspaceFingerprint(db: Queryable): Promise<Record<string, string>> {
	await ensureSchema(db);
	const fingerprint: Record<string, string> = {};
	for (const table of WORKSPACE_TABLES) {
		const order = (IMPORTED_TABLES as readonly string[]).includes(table) ? 'rowid' : 'hash(t)';
		const [{ rows, hash }] = await db.query<{ rows: number; hash: string | null }>(
			`SELECT count(*)::DOUBLE AS rows, md5(string_agg(hash(t)::VARCHAR, ',' ORDER BY ${order})) AS hash
			FROM ${table} t`
		);
		fingerprint[table] = `${rows} rows, ${hash ?? 'empty'}`;
	}
	return fingerprint;
}
