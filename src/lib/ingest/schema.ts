// The tables every import writes into and every analysis reads from.
import type { Queryable } from '../db/types';

const TABLES = [
	`CREATE TABLE IF NOT EXISTS roster (
		id VARCHAR NOT NULL, name VARCHAR NOT NULL, team VARCHAR NOT NULL, email VARCHAR,
		source_file VARCHAR NOT NULL, line INTEGER NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS person_attributes (id VARCHAR NOT NULL, attribute VARCHAR NOT NULL, value VARCHAR)`,
	`CREATE TABLE IF NOT EXISTS interactions (
		source VARCHAR NOT NULL, target VARCHAR NOT NULL, weight DOUBLE NOT NULL, occurred_at TIMESTAMP,
		source_file VARCHAR NOT NULL, line INTEGER NOT NULL)`
];

export async function ensureSchema(db: Queryable): Promise<void> {
	for (const statement of TABLES) await db.query(statement);
}

/** Empties every table: the workspace starts over. */
export async function clearWorkspace(db: Queryable): Promise<void> {
	await ensureSchema(db);
	for (const table of ['roster', 'person_attributes', 'interactions'])
		await db.query(`DELETE FROM ${table}`);
}

/** The SQL form of a person key: trimmed, and lower-cased when it is an email, so emails match whatever their case. */
export function personKeySql(expression: string): string {
	return `CASE WHEN contains(trim(${expression}), '@') THEN lower(trim(${expression})) ELSE trim(${expression}) END`;
}
