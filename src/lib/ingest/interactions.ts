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

export async function loadInteractions(
	tx: Queryable,
	fileName: string,
	path: string,
	layout: CsvLayout,
	match: ColumnMatch<InteractionPart>
): Promise<number> {
	await tx.query(`CREATE OR REPLACE TEMP TABLE staged_interactions AS
		SELECT line,
			nullif(${personKeySql(csvColumn(match.source as number))}, '') AS source,
			nullif(${personKeySql(csvColumn(match.target as number))}, '') AS target,
			${trimmedOrNull(match.weight)} AS weight_text, ${trimmedOrNull(match.timestamp)} AS time_text
		FROM ${csvRowsSql(path, layout)}`);

	const columnOf = {
		source: match.source,
		target: match.target,
		weight_text: match.weight,
		time_text: match.timestamp
	};
	for (const check of CHECKS) {
		const [bad] = await tx.query<{ line: number; value: string | null }>(
			`SELECT line, ${check.value} AS value FROM staged_interactions WHERE ${check.where} ORDER BY line LIMIT 1`
		);
		const column = layout.header[columnOf[check.value as keyof typeof columnOf] as number];
		if (bad) throw new InputError(fileName, check.problem(bad.value ?? '', column), bad.line);
	}

	await tx.query('DELETE FROM interactions WHERE source_file = ?', [fileName]);
	await tx.query(
		`INSERT INTO interactions
		SELECT source, target, coalesce(try_cast(weight_text AS DOUBLE), 1), epoch_ms(try_cast(time_text AS TIMESTAMPTZ)), ?, line
		FROM staged_interactions ORDER BY line`,
		[fileName]
	);
	const [{ count }] = await tx.query<{ count: number }>(
		'SELECT count(*) AS count FROM staged_interactions'
	);
	await tx.query('DROP TABLE staged_interactions');
	return count;
}
