// Loads an interactions CSV (source, target, optional weight and timestamp) into the interactions table.
import type { Queryable } from '../db/types';
import { INTERACTION_COLUMNS, type ColumnMatch } from './columns';
import { csvColumn, csvRowsSql, type CsvLayout } from './csvTable';
import { InputError } from './errors';
import { personKeySql } from './schema';

type InteractionPart = keyof typeof INTERACTION_COLUMNS;

export function isInteractionsHeader(match: ColumnMatch<InteractionPart>): boolean {
	return match.source !== undefined && match.target !== undefined;
}

function trimmedOrNull(index: number | undefined): string {
	return index === undefined ? 'NULL' : `nullif(trim(${csvColumn(index)}), '')`;
}

/** Each check finds the first bad row, so the message can name its line and quote the bad value. */
const CHECKS: {
	where: string;
	value: string;
	problem: (value: string, column: string) => string;
}[] = [
	{ where: 'source IS NULL', value: 'source', problem: (_, column) => `the ${column} is empty` },
	{ where: 'target IS NULL', value: 'target', problem: (_, column) => `the ${column} is empty` },
	{
		where: 'weight_text IS NOT NULL AND try_cast(weight_text AS DOUBLE) IS NULL',
		value: 'weight_text',
		problem: (value, column) => `the ${column} "${value}" is not a number`
	},
	{
		where: 'try_cast(weight_text AS DOUBLE) < 0 OR NOT isfinite(try_cast(weight_text AS DOUBLE))',
		value: 'weight_text',
		problem: (value, column) => `the ${column} "${value}" must be a finite number of 0 or more`
	},
	{
		where: 'time_text IS NOT NULL AND try_cast(time_text AS TIMESTAMPTZ) IS NULL',
		value: 'time_text',
		problem: (value, column) => `the ${column} "${value}" is not a date and time`
	}
];

/**
 * Two passes over the file and no staging table: the first finds the first bad row of each kind, the second writes
 * the rows. A large file is read from disk twice rather than held in memory twice (a staged copy of a 1 GB file
 * took DuckDB past its memory limit).
 */
export async function loadInteractions(
	tx: Queryable,
	fileName: string,
	path: string,
	layout: CsvLayout,
	match: ColumnMatch<InteractionPart>,
	/** Called as each pass over the file starts, for a progress bar: pass `index` of `count`. */
	onPass?: (index: number, count: number) => void
): Promise<number> {
	const rows = `(SELECT line,
			nullif(${personKeySql(csvColumn(match.source as number))}, '') AS source,
			nullif(${personKeySql(csvColumn(match.target as number))}, '') AS target,
			${trimmedOrNull(match.weight)} AS weight_text, ${trimmedOrNull(match.timestamp)} AS time_text
		FROM ${csvRowsSql(path, layout)})`;
	const found = CHECKS.map(
		(check, i) =>
			`min(line) FILTER (WHERE ${check.where}) AS line${i}, arg_min(${check.value}, line) FILTER (WHERE ${check.where}) AS value${i}`
	);
	onPass?.(0, 2);
	const [result] = await tx.query<Record<string, number | string | null>>(
		`SELECT count(*) AS count, ${found.join(', ')} FROM ${rows}`
	);

	const columnOf = {
		source: match.source,
		target: match.target,
		weight_text: match.weight,
		time_text: match.timestamp
	};
	for (const [i, check] of CHECKS.entries()) {
		const line = result[`line${i}`];
		if (line === null) continue;
		const column = layout.header[columnOf[check.value as keyof typeof columnOf] as number];
		const value = result[`value${i}`];
		throw new InputError(fileName, check.problem(String(value ?? ''), column), Number(line));
	}

	await tx.query('DELETE FROM interactions WHERE source_file = ?', [fileName]);
	// The rows come in file order (the line numbers stream in that order), so no sort is needed.
	onPass?.(1, 2);
	await tx.query(
		`INSERT INTO interactions
		SELECT source, target, coalesce(try_cast(weight_text AS DOUBLE), 1), epoch_ms(try_cast(time_text AS TIMESTAMPTZ)), ?, line
		FROM ${rows}`,
		[fileName]
	);
	return Number(result.count);
}
