// "Delete all data": every table and view the workspace made in DuckDB is dropped, temporary ones included.
import { sqlIdentifier } from '../db/sql';
import type { Queryable } from '../db/types';
import { forgetSchema } from '../ingest/schema';

interface StoredObject {
	kind: 'TABLE' | 'VIEW';
	database: string;
	schema: string;
	name: string;
}

/** The tables and views in the database that are not DuckDB's own. */
export async function storedObjects(db: Queryable): Promise<StoredObject[]> {
	return db.query<StoredObject>(
		`SELECT 'VIEW' AS kind, database_name AS database, schema_name AS schema, view_name AS name
			FROM duckdb_views() WHERE NOT internal
		UNION ALL
		SELECT 'TABLE', database_name, schema_name, table_name FROM duckdb_tables() WHERE NOT internal`
	);
}

/** Drops them all (views first, as they read tables); the next import makes its schema again. */
export async function dropAllData(db: Queryable): Promise<void> {
	for (const object of await storedObjects(db)) {
		const name = [object.database, object.schema, object.name].map(sqlIdentifier).join('.');
		await db.query(`DROP ${object.kind} IF EXISTS ${name} CASCADE`);
	}
	forgetSchema(db);
}
