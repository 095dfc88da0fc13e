// What the two CSV calendar readers (Outlook export, meetings CSV) share, as SQL: trimmed text, yes/no words, and
// finding what is wrong with the first bad row.
import type { Queryable } from '../../db/types';
import { InputError } from '../errors';

/** JS's trim() and a spreadsheet's idea of blank: DuckDB's trim() alone removes spaces only. */
const BLANKS = [9, 10, 11, 12, 13, 32, 160, 0xfeff].map((code) => `chr(${code})`).join(' || ');

export function trimSql(expression: string): string {
	return `trim(${expression}, ${BLANKS})`;
}

/** The spellings of yes and no that exports use: Outlook writes True/False, in German Ein/Aus, in French Vrai/Faux. */
const YES_WORDS = ['true', 'yes', '1', 'ein', 'wahr', 'ja', 'vrai', 'oui'];
const NO_WORDS = ['false', 'no', '0', 'aus', 'falsch', 'nein', 'faux', 'non'];

function wordList(words: readonly string[]): string {
	return words.map((word) => `'${word}'`).join(', ');
}

/** How exports commonly write a word: as it is, Capitalised and in capitals. */
export function spellingsOf(words: readonly string[]): string[] {
	return words.flatMap((word) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()]);
}

/**
 * SQL for `exact` where the value is one of the common `spellings` (a test of a million values costs little), and for
 * `normalised` only for other text, which must be trimmed and lower-cased first.
 */
export function fastWordSql(
	expression: string,
	spellings: Record<'true' | 'false', readonly string[]>,
	normalised: string
): string {
	const branches = (['true', 'false'] as const)
		.filter((value) => spellings[value].length > 0)
		.map((value) => `WHEN ${expression} IN (${wordList(spellings[value])}) THEN ${value}`);
	return `CASE ${branches.join(' ')} ELSE ${normalised} END`;
}

/** True or false for a yes/no word in any case, false for empty text or NULL, NULL for anything else. */
export function yesNoSql(expression: string): string {
	const word = `lower(${trimSql(`coalesce(${expression}, '')`)})`;
	const normalised = `CASE WHEN ${word} IN ('', ${wordList(NO_WORDS)}) THEN false WHEN ${word} IN (${wordList(YES_WORDS)}) THEN true END`;
	return `CASE WHEN ${expression} IS NULL THEN false ELSE ${fastWordSql(
		expression,
		{ true: spellingsOf(YES_WORDS), false: spellingsOf(NO_WORDS) },
		normalised
	)} END`;
}

/** SQL for whether `expression` is one of `words` (lower-case, without quotes). */
export function oneOfSql(expression: string, words: readonly string[]): string {
	return `${expression} IN (${wordList(words)})`;
}

/** A problem with a row that SQL finds; one query finds the first bad line by all of a file's checks at once. */
export interface Check {
	/** The column at fault, as the file's header names it. */
	column: string;
	/** True for a bad row. Costly tests sit behind a CASE, which DuckDB evaluates only where it applies. */
	where: string;
	/** The bad text, quoted in the message. */
	value: string;
	problem: (value: string) => string;
}

/** SQL true for a row that fails any of `checks`. */
export function failsAnySql(checks: readonly Check[]): string {
	return checks.length === 0
		? 'false'
		: checks.map((check) => `coalesce(${check.where}, false)`).join(' OR ');
}

/** Says what is wrong with the row on `line` of `rows`, which failed one of `checks`: the first, in their order. */
export async function problemOnLine(
	db: Queryable,
	fileName: string,
	rows: string,
	checks: readonly Check[],
	line: number
): Promise<InputError> {
	const tests = checks.map(
		(check, i) =>
			`coalesce(${check.where}, false) AS bad_${i}, CAST(${check.value} AS VARCHAR) AS value_${i}`
	);
	const [row] = await db.query<Record<string, unknown>>(
		`SELECT ${tests.join(', ')} FROM ${rows} WHERE line = ?`,
		[line]
	);
	const index = checks.findIndex((_, i) => row[`bad_${i}`] === true);
	const { column, problem } = checks[index];
	return new InputError(fileName, `the ${column} ${problem(String(row[`value_${index}`]))}`, line);
}
