// Turns the attendee texts of a CSV calendar into staged identities and attendance, in SQL, so a large file's
// attendee rows never come into JS: each distinct text is read once, and each person is listed once per occurrence.
import type { Queryable } from '../../db/types';
import { trimSql } from './csvWords';

/**
 * What a CSV reader leaves for readAttendeeTexts: `csv_texts (text_id, text)`, each distinct attendee or organizer
 * text once. And for stageAttendees, besides `staged_occurrences`: `csv_entries (occurrence, position, text_id,
 * declined, organizer)`, one per mention, `position` in file order within the occurrence and `declined` NULL where
 * the export gives no response.
 */

/** Mail tools write a person as an address, a display name, or `Name <address>` (the name maybe quoted). */
const ANGLED = `'^(.*?)<([^<>]*)>$'`;
const EMAIL = `'[^\\s@<>]+@[^\\s@<>]+'`;

function unquoteSql(expression: string): string {
	const text = trimSql(expression);
	return `CASE WHEN length(${text}) > 1 AND left(${text}, 1) IN ('"', '''') AND right(${text}, 1) = left(${text}, 1)
		THEN ${trimSql(`${text}[2:-2]`)} ELSE ${text} END`;
}

/** Each text's address (lower-cased, without `mailto:`) and display name; texts that give neither name nobody. */
const PEOPLE = `CREATE OR REPLACE TEMP TABLE csv_people AS
	WITH split AS (
		SELECT text_id, text, contains(text, '<') AND regexp_matches(${trimSql('text')}, ${ANGLED}) AS angled
		FROM csv_texts),
	parts AS (
		SELECT text_id, angled,
			${unquoteSql(`CASE WHEN angled THEN regexp_extract(${trimSql('text')}, ${ANGLED}, 1) ELSE text END`)} AS name,
			CASE WHEN angled THEN regexp_replace(${unquoteSql(`regexp_extract(${trimSql('text')}, ${ANGLED}, 2)`)}, '^mailto:', '', 'i') END AS address
		FROM split),
	people AS (
		SELECT text_id,
			lower(CASE WHEN angled THEN (CASE WHEN regexp_full_match(address, ${EMAIL}) THEN address END)
				WHEN regexp_full_match(name, ${EMAIL}) THEN name END) AS email,
			nullif(CASE WHEN NOT angled AND regexp_full_match(name, ${EMAIL}) THEN '' ELSE name END, '') AS name
		FROM parts)
	SELECT text_id, email, name,
		-- Numbers for the address and the lower-cased name, so a million mentions are merged on integers.
		CASE WHEN email IS NOT NULL THEN dense_rank() OVER (ORDER BY email) END AS email_key,
		CASE WHEN name IS NOT NULL THEN dense_rank() OVER (ORDER BY lower(name)) END AS name_key
	FROM people WHERE email IS NOT NULL OR name IS NOT NULL`;

/**
 * One row per person per occurrence. Mentions with the same address are one person; a mention without an address is
 * the person with an address and the same name (the first such in the file), else everyone of that name without one.
 * The merged person takes the first address, name and response mentioned, and is the organizer if any mention says so.
 */
const ATTENDEES = `WITH mentions AS (
		SELECT e.occurrence, e.position, e.text_id, p.email_key, p.name_key, p.name IS NOT NULL AS named,
			e.declined, e.organizer
		FROM csv_entries e JOIN csv_people p USING (text_id)
		WHERE e.occurrence >= ? AND e.occurrence < ?),
	addressed_names AS (
		SELECT occurrence, name_key, arg_min(email_key, position) AS email_key
		FROM mentions WHERE email_key IS NOT NULL AND name_key IS NOT NULL GROUP BY ALL),
	keyed AS (
		SELECT m.*, coalesce(m.email_key, a.email_key) AS person_email
		FROM mentions m LEFT JOIN addressed_names a USING (occurrence, name_key))
	SELECT occurrence, min(position) AS position, person_email AS email_key,
		arg_min(text_id, position) FILTER (WHERE named) AS name_text,
		coalesce(arg_min(declined, position) FILTER (WHERE declined IS NOT NULL), false) AS declined,
		bool_or(organizer) AS organizer
	FROM keyed
	GROUP BY occurrence, person_email, CASE WHEN person_email IS NULL THEN name_key END
	ORDER BY occurrence, position`;

/** Mentions merged at once: merging groups every mention, and ten million groups at once would fill DuckDB's memory. */
const MENTIONS_PER_MERGE = 2_000_000;

/** `attendees` (rows with `email_key` and `name_text`) with the address and the name they stand for. */
function withPersonSql(attendees: string): string {
	return `${attendees}
		LEFT JOIN (SELECT DISTINCT email_key, email FROM csv_people) e USING (email_key)
		LEFT JOIN csv_people n ON n.text_id = a.name_text`;
}

const IDENTITIES = `CREATE OR REPLACE TEMP TABLE staged_identities AS
	SELECT (row_number() OVER (ORDER BY email, name) - 1)::INTEGER AS identity, email, name FROM (
		SELECT DISTINCT e.email, n.name
		FROM ${withPersonSql('(SELECT DISTINCT email_key, name_text FROM csv_attendees) a')})`;

const ATTENDANCE = `CREATE OR REPLACE TEMP TABLE staged_attendance AS
	SELECT a.occurrence::INTEGER AS occurrence, s.identity, a.declined, a.organizer
	FROM ${withPersonSql('csv_attendees a')}
	JOIN staged_identities s ON s.email IS NOT DISTINCT FROM e.email AND s.name IS NOT DISTINCT FROM n.name
	ORDER BY a.occurrence, a.position`;

/** Reads each of `csv_texts` into `csv_people (text_id, email, name, ...)`: the person it names, if any. */
export async function readAttendeeTexts(tx: Queryable): Promise<void> {
	await tx.query(PEOPLE);
}

/** Stages identities and attendance from the reader's people and mentions, and drops what it no longer needs. */
export async function stageAttendees(tx: Queryable): Promise<void> {
	const [{ mentions, occurrences }] = await tx.query<{ mentions: number; occurrences: number }>(
		'SELECT count(*) AS mentions, coalesce(max(occurrence) + 1, 0) AS occurrences FROM csv_entries'
	);
	const step = Math.ceil(occurrences / Math.max(1, Math.ceil(mentions / MENTIONS_PER_MERGE)));
	await tx.query(`CREATE OR REPLACE TEMP TABLE csv_attendees AS ${ATTENDEES}`, [0, step]);
	for (let from = step; from < occurrences; from += step)
		await tx.query(`INSERT INTO csv_attendees ${ATTENDEES}`, [from, from + step]);
	await tx.query('DROP TABLE csv_entries');
	await tx.query(IDENTITIES);
	await tx.query(ATTENDANCE);
	for (const table of ['csv_attendees', 'csv_people', 'csv_texts'])
		await tx.query(`DROP TABLE ${table}`);
}
