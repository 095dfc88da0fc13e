// Converts DuckDB's Arrow results into plain rows at the db boundary, so nothing above it meets Arrow or BigInt.
import type { Row } from './types';

/** The part of an Arrow table that the conversion needs (duckdb-wasm returns apache-arrow Tables). */
export interface ArrowTableLike {
	toArray(): { toJSON(): Record<string, unknown> }[];
}

function plainValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.toISOString();
	if (
		value &&
		typeof value === 'object' &&
		'toArray' in value &&
		typeof value.toArray === 'function'
	) {
		return Array.from(value.toArray() as Iterable<unknown>, plainValue);
	}
	if (
		value &&
		typeof value === 'object' &&
		'toJSON' in value &&
		typeof value.toJSON === 'function'
	) {
		const json = value.toJSON() as Record<string, unknown>;
		return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, plainValue(v)]));
	}
	return value;
}

export function arrowToRows<T extends object = Row>(table: ArrowTableLike): T[] {
	return table.toArray().map((arrowRow) => {
		const row: Row = {};
		for (const [key, value] of Object.entries(arrowRow.toJSON())) row[key] = plainValue(value);
		return row as T;
	});
}
