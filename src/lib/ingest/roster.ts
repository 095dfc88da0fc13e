// Loads a roster CSV (person key, name, team, any other columns) into the roster tables, or says which line is wrong.
import type { Queryable } from '../db/types';
import { ROSTER_COLUMNS, type ColumnMatch } from './columns';
import { csvColumn, csvRowsSql, type CsvLayout } from './csvTable';
import { InputError } from './errors';
import { personKeySql } from './schema';

type RosterPart = keyof typeof ROSTER_COLUMNS;

export function isRosterHeader(match: ColumnMatch<RosterPart>): boolean {
	return (match.id !== undefined || match.email !== undefined) && match.team !== undefined;
}

function textOrNull(index: number | undefined): string {
	// An untyped NULL would make the staged column INTEGER, which coalesce(name, id) then refuses.
	return index === undefined ? 'NULL::VARCHAR' : `nullif(trim(${csvColumn(index)}), '')`;
}

export async function loadRoster(
	tx: Queryable,
	fileName: string,
	path: string,
	layout: CsvLayout,
	match: ColumnMatch<RosterPart>
): Promise<number> {
	const keyColumn = csvColumn((match.id ?? match.email) as number);
	const extra = layout.header
		.map((name, index) => ({ name, index }))
		.filter(({ index }) => !Object.values(match).includes(index));
	await tx.query(`CREATE OR REPLACE TEMP TABLE staged_roster AS
		SELECT line, nullif(${personKeySql(keyColumn)}, '') AS id, ${textOrNull(match.name)} AS name,
			${textOrNull(match.team)} AS team,
			${match.email === undefined ? 'NULL::VARCHAR' : `lower(${textOrNull(match.email)})`} AS email
			${extra.map(({ index }) => `, ${csvColumn(index)} AS ${csvColumn(index)}`).join('')}
		FROM ${csvRowsSql(path, layout)}`);

	const [missing] = await tx.query<{ line: number }>(
		'SELECT line FROM staged_roster WHERE id IS NULL ORDER BY line LIMIT 1'
	);
	const keyName = layout.header[(match.id ?? match.email) as number];
	if (missing) throw new InputError(fileName, `the ${keyName} is empty`, missing.line);

	const [duplicate] = await tx.query<{ line: number; id: string; first: number }>(
		`SELECT line, id, min(line) OVER (PARTITION BY id) AS first FROM staged_roster
		QUALIFY row_number() OVER (PARTITION BY id ORDER BY line) = 2 ORDER BY line LIMIT 1`
	);
	if (duplicate) {
		throw new InputError(
			fileName,
			`${duplicate.id} is already listed on line ${duplicate.first}; each person must appear once`,
			duplicate.line
		);
	}

	await tx.query('DELETE FROM roster');
	await tx.query('DELETE FROM person_attributes');
	await tx.query(
		`INSERT INTO roster SELECT id, coalesce(name, id), coalesce(team, 'Unknown'), email, ?, line
		FROM staged_roster ORDER BY line`,
		[fileName]
	);
	for (const { name, index } of extra) {
		await tx.query(
			`INSERT INTO person_attributes SELECT id, ?, ${csvColumn(index)} FROM staged_roster
			WHERE ${csvColumn(index)} IS NOT NULL`,
			[name]
		);
	}
	const [{ count }] = await tx.query<{ count: number }>(
		'SELECT count(*) AS count FROM staged_roster'
	);
	await tx.query('DROP TABLE staged_roster');
	return count;
}
