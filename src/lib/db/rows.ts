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

/** A column as plain values: Arrow's own typed array where it holds no nulls nor BigInts (its fast path), else an array. */
function plainColumn(
	column: NonNullable<ReturnType<ArrowTableLike['getChild']>>,
	length: number
): ArrayLike<unknown> {
	// A typed array reads nulls as 0, so only a column without nulls is read through one.
	const values = column.nullCount === 0 ? column.toArray() : null;
	if (
		ArrayBuffer.isView(values) &&
		!(values instanceof BigInt64Array || values instanceof BigUint64Array)
	)
		return values;
	return Array.from({ length }, (_, i) => {
		const value = values ? values[i] : column.get(i);
		return value === null || (typeof value !== 'object' && typeof value !== 'bigint')
			? value
			: plainValue(value);
	});
}

/** Each column of the result by name, as plain values. */
export function arrowToColumns(table: ArrowTableLike): Record<string, ArrayLike<unknown>> {
	const columns: Record<string, ArrayLike<unknown>> = {};
	for (const { name } of table.schema.fields) {
		const column = table.getChild(name);
		if (column) columns[name] = plainColumn(column, table.numRows);
	}
	return columns;
}

export function arrowToRows<T extends object = Row>(table: ArrowTableLike): T[] {
	const rows: Row[] = Array.from({ length: table.numRows }, () => ({}));
	for (const [name, values] of Object.entries(arrowToColumns(table)))
		for (let i = 0; i < rows.length; i++) rows[i][name] = values[i];
	return rows as T[];
}
