// Every workspace table's rows, in storage order, reduced to one hash per table: equal fingerprints mean equal tables.
import type { Queryable } from '../../../src/lib/db/types';
import { ensureSchema, WORKSPACE_TABLES } from '../../../src/lib/ingest/schema';

export async function workspaceFingerprint(db: Queryable): Promise<Record<string, string>> {
	await ensureSchema(db);
	const fingerprint: Record<string, string> = {};
	for (const table of WORKSPACE_TABLES) {
		const [{ rows, hash }] = await db.query<{ rows: number; hash: string | null }>(
			`SELECT count(*)::DOUBLE AS rows, md5(string_agg(hash(t)::VARCHAR, ',' ORDER BY rowid)) AS hash
			FROM ${table} t`
		);
		fingerprint[table] = `${rows} rows, ${hash ?? 'empty'}`;
	}
	return fingerprint;
}
