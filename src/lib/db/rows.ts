// Converts DuckDB's Arrow results into plain rows at the db boundary, so nothing above it meets Arrow or BigInt.
import type { Row } from './types';

/** The part of an Arrow table that the conversion needs (duckdb-wasm returns apache-arrow Tables). */
export interface ArrowTableLike {
	numRows: number;
	schema: { fields: { name: string }[] };
	getChild(
		name: string
	): { toArray(): ArrayLike<unknown>; nullCount: number; get(index: number): unknown } | null;
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

/** Reads column by column (Arrow's fast path), converting only values that are not already plain. */
export function arrowToRows<T extends object = Row>(table: ArrowTableLike): T[] {
	const rows: Row[] = Array.from({ length: table.numRows }, () => ({}));
	for (const { name } of table.schema.fields) {
		const column = table.getChild(name);
		if (!column) continue;
		// A typed array reads nulls as 0, so only a column without nulls is read through one.
		const values = column.nullCount === 0 ? column.toArray() : null;
		const plain =
			ArrayBuffer.isView(values) &&
			!(values instanceof BigInt64Array || values instanceof BigUint64Array);
		for (let i = 0; i < rows.length; i++) {
			const value = values ? values[i] : column.get(i);
			rows[i][name] =
				plain || value === null || (typeof value !== 'object' && typeof value !== 'bigint')
					? value
					: plainValue(value);
		}
	}
	return rows as T[];
}
