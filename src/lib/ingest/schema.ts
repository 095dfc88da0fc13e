// The tables every import writes into and every analysis reads from.
import type { Database, Queryable } from '../db/types';
import { DAY_MS } from './calendar/dates';
import { OUTLOOK_CSV_UID_PREFIX } from './calendar/types';

const TABLES = [
	`CREATE TABLE IF NOT EXISTS roster (
		id VARCHAR NOT NULL, name VARCHAR NOT NULL, team VARCHAR NOT NULL, email VARCHAR,
		source_file VARCHAR NOT NULL, line INTEGER NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS person_attributes (id VARCHAR NOT NULL, attribute VARCHAR NOT NULL, value VARCHAR)`,
	`CREATE TABLE IF NOT EXISTS interactions (
		source VARCHAR NOT NULL, target VARCHAR NOT NULL, weight DOUBLE NOT NULL, occurred_ms BIGINT,
		source_file VARCHAR NOT NULL, line INTEGER NOT NULL)`,
	// Calendar occurrences and who attended them; times are UTC epoch milliseconds, so no time-zone logic runs in SQL.
	// `attendees_of` is the occurrence of the same file whose attendee list this one's repeats (a series' first
	// instance): itself or null for a list of its own (null in CSV imports and workspaces saved before version 3).
	`CREATE TABLE IF NOT EXISTS meeting_occurrences (
		source_file VARCHAR NOT NULL, occurrence INTEGER NOT NULL, line INTEGER NOT NULL, uid VARCHAR NOT NULL,
		occurrence_key BIGINT NOT NULL, start_ms BIGINT NOT NULL, end_ms BIGINT NOT NULL, title VARCHAR,
		all_day BOOLEAN NOT NULL, cancelled BOOLEAN NOT NULL, recurring BOOLEAN NOT NULL,
		sequence INTEGER, series_sequence INTEGER, attendees_of INTEGER)`,
	// `occurrence` numbers occurrences across the whole workspace, so attendance needs no file column. An attendee list
	// that several occurrences share is written once, under its first (see attendees_of and occurrence_attendance).
	`CREATE TABLE IF NOT EXISTS meeting_attendance (
		occurrence INTEGER NOT NULL, identity INTEGER NOT NULL, declined BOOLEAN NOT NULL, organizer BOOLEAN NOT NULL)`,
	// Each distinct (email, display name) that calendars name; attendance refers to it by number.
	`CREATE TABLE IF NOT EXISTS calendar_identities (identity INTEGER NOT NULL, email VARCHAR, name VARCHAR)`,
	`CREATE TABLE IF NOT EXISTS calendar_files (source_file VARCHAR NOT NULL, events INTEGER NOT NULL)`,
	// TZIDs a calendar's times named that neither it nor the platform defines: their times were read as UTC.
	`CREATE TABLE IF NOT EXISTS calendar_unknown_zones (source_file VARCHAR NOT NULL, tzid VARCHAR NOT NULL)`,
	// The meeting index: attendees resolved to numbered people once per import, so a settings change only filters and pairs integers.
	`CREATE TABLE IF NOT EXISTS meeting_people (
		number INTEGER NOT NULL, person VARCHAR NOT NULL, listed BOOLEAN NOT NULL, display_name VARCHAR, email VARCHAR)`,
	// Outlook CSV rows matched to the iCalendar copy of the same meeting (see ALIASES), whose UID, key and series'
	// SEQUENCE they take: a row matched to an older copy of a series is older too.
	`CREATE TABLE IF NOT EXISTS occurrence_aliases (
		occurrence INTEGER NOT NULL, uid VARCHAR NOT NULL, occurrence_key BIGINT NOT NULL, series_sequence INTEGER)`,
	// Who was present, once per distinct attendee list: a series' instances that repeat its first one's list are read
	// through meeting_sizes.attendees_of, so they are neither stored nor paired again.
	`CREATE TABLE IF NOT EXISTS meeting_presence (
		occurrence INTEGER NOT NULL, number INTEGER NOT NULL, listed BOOLEAN NOT NULL, declined BOOLEAN NOT NULL)`,
	// Each occurrence that counts for itself (of copies merged, the canonical one), the occurrence whose presence is its
	// own (attendees_of), and how many of that presence were there and declined.
	`CREATE TABLE IF NOT EXISTS meeting_sizes (
		occurrence INTEGER NOT NULL, attendees_of INTEGER NOT NULL, n INTEGER NOT NULL, declines INTEGER NOT NULL)`,
	// Every pair of people present at an occurrence of meeting_presence (see pairsOf), paired after the first analysis
	// of an import: a settings change then only filters and sums these, instead of joining presence with itself again.
	`CREATE TABLE IF NOT EXISTS meeting_pairs (occurrence INTEGER NOT NULL, pair BIGINT NOT NULL)`,
	// Each import writes a new version of the index; the pairs hold the version they were made from, so pairs made
	// from an earlier import (or made while one ran, on another connection) are never read as current.
	`CREATE TABLE IF NOT EXISTS meeting_index_version (version VARCHAR NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS meeting_pairs_version (version VARCHAR NOT NULL)`
];

/**
 * Each pair of people at an occurrence, p < q, as one key p * 2^32 + q, which DuckDB writes and groups faster than
 * two numbers; whether both are listed is read from meeting_people. `present` has the columns occurrence and number
 * (one row per person present, in occurrence order, which the join runs much faster on), `columns` may add a.* ones.
 */
export function pairsOf(present: string, columns = ''): string {
	return `SELECT a.occurrence, (a.number::BIGINT << 32) | b.number AS pair${columns}
		FROM ${present} a JOIN ${present} b USING (occurrence) WHERE a.number < b.number`;
}

/** Whether meeting_pairs was made from the meeting index as it stands (true too when neither was ever made). */
export const PAIRS_ARE_CURRENT = `((SELECT any_value(version) FROM meeting_index_version)
	IS NOT DISTINCT FROM (SELECT any_value(version) FROM meeting_pairs_version))`;

/** Whether calendar identities are numbered 0..n-1, without a gap. */
export const IDENTITIES_ARE_NUMBERED =
	'(SELECT count(*) = coalesce(max(identity) + 1, 0) FROM calendar_identities)';

/**
 * Whether attendance already names each person once per occurrence: no occurrence has a copy in another file, no
 * series an older copy (see occurrence_copies), no Outlook CSV row could be an .ics occurrence's copy, and no two
 * calendar identities resolve to one person. Then presence is attendance renumbered, without grouping a million rows
 * (which took most of the index's time in the browser). Identities numbered 0..n-1 without a gap (as imports number
 * them) let the renumbering look each one up in a list. `csvRows` says whether aliases are to be matched at all.
 */
const PRESENCE_IS_ATTENDANCE = `SELECT
	(SELECT count(*) = count(DISTINCT (uid, occurrence_key)) FROM meeting_occurrences)
	AND NOT EXISTS (SELECT uid FROM meeting_occurrences GROUP BY uid HAVING min(series_sequence) < max(series_sequence))
	AND NOT csv_rows
	AND (SELECT count(*) = count(DISTINCT identity) AND count(*) = count(DISTINCT person) FROM resolved_identities)
	AND ${IDENTITIES_ARE_NUMBERED}
	AS plain, csv_rows AS "csvRows"
	FROM (SELECT EXISTS (
		SELECT 1 FROM meeting_occurrences WHERE starts_with(uid, '${OUTLOOK_CSV_UID_PREFIX}')) AS csv_rows)`;

// A list lookup keeps attendance's order (by occurrence, which the pairing join below runs much faster on) where a
// join would need a sort after: a million rows in about 100 ms instead of 270 in the browser. Attendance holds each
// shared attendee list once (a weekly series' instances share their master's), and so does presence.
const PRESENCE_FROM_ATTENDANCE = `INSERT INTO meeting_presence
	SELECT a.occurrence, l.numbers[a.identity + 1], l.listed[a.identity + 1], a.declined
	FROM meeting_attendance a, (
		SELECT list(p.number ORDER BY i.identity) AS numbers, list(p.listed ORDER BY i.identity) AS listed
		FROM calendar_identities i
		LEFT JOIN resolved_identities r USING (identity) LEFT JOIN meeting_people p USING (person)) l
	WHERE l.numbers[a.identity + 1] IS NOT NULL`;

/** How many of each presence's people were there, and how many declined. */
const PRESENCE_SIZES = `(SELECT occurrence, count(*) FILTER (WHERE NOT declined) AS n, count(*) FILTER (WHERE declined) AS declines
	FROM meeting_presence GROUP BY occurrence)`;

const SIZES_FROM_SHARED_ATTENDANCE = `INSERT INTO meeting_sizes
	SELECT o.occurrence, s.occurrence, s.n, s.declines
	FROM meeting_occurrences o JOIN ${PRESENCE_SIZES} s ON s.occurrence = coalesce(o.attendees_of, o.occurrence)`;

// Copies merge into their canonical occurrence, so no two occurrences share its presence.
const PRESENCE_MERGING_COPIES = `INSERT INTO meeting_presence
	SELECT c.canonical, p.number, p.listed, bool_or(a.declined)
	FROM occurrence_attendance a JOIN occurrence_copies c USING (occurrence)
	JOIN resolved_identities r USING (identity) JOIN meeting_people p USING (person)
	WHERE c.current
	GROUP BY 1, 2, 3 ORDER BY 1`;

const SIZES_OF_MERGED_COPIES = `INSERT INTO meeting_sizes SELECT occurrence, occurrence, n, declines FROM ${PRESENCE_SIZES}`;

const HOUR_MS = 3_600_000;
/** How far an Outlook CSV row's time may lie from its iCalendar copy's: the CSV writes local time without a zone. */
const ZONE_REACH_MS = 14 * HOUR_MS;
/** Zones are whole quarter hours from UTC. */
const ZONE_STEP_MS = HOUR_MS / 4;

/**
 * Outlook's CSV export has no UID, so a meeting one person exported as CSV and another as .ics would count twice. A
 * CSV row's candidates are the other occurrences with its title (any case), its length and its organizer that start a
 * whole number of quarter hours from it, at most 14 hours (its times are local, read as UTC). The commonest distance
 * of a file's rows from their candidates (the smallest of equals) is its zone's offset: each row is the copy of the
 * candidate nearest that offset (an hour off across a daylight-saving change), when just one is; otherwise it stays a
 * meeting of its own.
 */
const ALIASES = `INSERT INTO occurrence_aliases
	WITH csv AS (
		SELECT occurrence, source_file, start_ms, end_ms - start_ms AS length, lower(trim(title)) AS title,
			unnest([start_ms // ${DAY_MS} - 1, start_ms // ${DAY_MS}, start_ms // ${DAY_MS} + 1]) AS day
		FROM meeting_occurrences WHERE starts_with(uid, '${OUTLOOK_CSV_UID_PREFIX}')),
	other AS (
		SELECT occurrence, uid, occurrence_key, series_sequence, start_ms, end_ms - start_ms AS length,
			lower(trim(title)) AS title, start_ms // ${DAY_MS} AS day
		FROM meeting_occurrences WHERE NOT starts_with(uid, '${OUTLOOK_CSV_UID_PREFIX}')),
	near AS (
		SELECT c.occurrence AS row_occurrence, c.source_file, t.occurrence AS copy_occurrence, t.uid, t.occurrence_key,
			t.series_sequence, t.start_ms - c.start_ms AS offset_ms
		FROM csv c JOIN other t USING (title, length, day)
		WHERE abs(t.start_ms - c.start_ms) <= ${ZONE_REACH_MS} AND (t.start_ms - c.start_ms) % ${ZONE_STEP_MS} = 0),
	organizers AS (
		SELECT a.occurrence, min(r.person) AS organizer
		FROM occurrence_attendance a JOIN resolved_identities r USING (identity)
		WHERE a.organizer AND a.occurrence IN (SELECT row_occurrence FROM near UNION SELECT copy_occurrence FROM near)
		GROUP BY 1),
	candidates AS (
		SELECT n.* FROM near n JOIN organizers mine ON mine.occurrence = n.row_occurrence
		JOIN organizers theirs ON theirs.occurrence = n.copy_occurrence
		WHERE mine.organizer = theirs.organizer),
	usual AS (
		SELECT source_file, offset_ms FROM candidates GROUP BY source_file, offset_ms
		QUALIFY row_number() OVER (PARTITION BY source_file ORDER BY count(*) DESC, abs(offset_ms), offset_ms) = 1),
	ranked AS (
		SELECT k.*, abs(k.offset_ms - u.offset_ms) AS distance,
			min(abs(k.offset_ms - u.offset_ms)) OVER (PARTITION BY k.row_occurrence) AS nearest
		FROM candidates k JOIN usual u USING (source_file))
	SELECT row_occurrence, any_value(uid), any_value(occurrence_key), any_value(series_sequence)
	FROM ranked WHERE distance = nearest
	GROUP BY row_occurrence HAVING count(DISTINCT (uid, occurrence_key)) = 1`;

/**
 * Rebuilds the meeting index from the imported tables; runs at the end of every import, inside its transaction. The
 * pairs are left to indexMeetingPairs: the first analysis after an import reads its ties straight from presence,
 * which takes about as long as pairing and then reading the pairs, so pairing then would only delay it.
 */
export async function refreshMeetingIndex(db: Queryable): Promise<void> {
	await db.query('DELETE FROM meeting_people');
	await db.query(`INSERT INTO meeting_people
		SELECT row_number() OVER (ORDER BY person)::INTEGER, person, bool_or(listed), any_value(name), any_value(email)
		FROM resolved_identities GROUP BY person`);
	await db.query('DELETE FROM occurrence_aliases');
	await db.query('DELETE FROM meeting_presence');
	const [{ plain, csvRows }] = await db.query<{ plain: boolean; csvRows: boolean }>(
		PRESENCE_IS_ATTENDANCE
	);
	// Matching scans attendance for organizers even when there is nothing to match: 0.4 s for 100k meetings.
	if (csvRows) await db.query(ALIASES);
	// Someone listed in several current copies of an occurrence attends once; a decline in any of them stands.
	await db.query(plain ? PRESENCE_FROM_ATTENDANCE : PRESENCE_MERGING_COPIES);
	await db.query('DELETE FROM meeting_sizes');
	await db.query(plain ? SIZES_FROM_SHARED_ATTENDANCE : SIZES_OF_MERGED_COPIES);
	await db.query('DELETE FROM meeting_index_version');
	await db.query('INSERT INTO meeting_index_version VALUES (uuid()::VARCHAR)');
}

/**
 * Pairs the people of every occurrence, in a transaction of its own, unless the pairs are current: what makes each
 * settings change after an import quick. Must not run alongside an import or a clear of the same database, whose
 * deletes of meeting_pairs would conflict with its own.
 */
export async function indexMeetingPairs(db: Database): Promise<void> {
	await ensureSchema(db);
	await db.transaction(async (tx) => {
		const [{ current }] = await tx.query<{ current: boolean }>(
			`SELECT ${PAIRS_ARE_CURRENT} AS current`
		);
		if (current) return;
		await tx.query('DELETE FROM meeting_pairs');
		await tx.query(
			`INSERT INTO meeting_pairs ${pairsOf('(SELECT occurrence, number FROM meeting_presence WHERE NOT declined)')}`
		);
		await tx.query('DELETE FROM meeting_pairs_version');
		await tx.query('INSERT INTO meeting_pairs_version SELECT version FROM meeting_index_version');
	});
}

/** The tables imports write; a saved workspace holds these, and the meeting index is made again from them. */
export const IMPORTED_TABLES = [
	'roster',
	'person_attributes',
	'interactions',
	'meeting_occurrences',
	'meeting_attendance',
	'calendar_files',
	'calendar_identities',
	'calendar_unknown_zones'
] as const;

/** Which import made the meeting index, and its pairs: random, so left out of WORKSPACE_TABLES, which compare alike. */
const INDEX_VERSIONS = ['meeting_index_version', 'meeting_pairs_version'];

/** Every table of the workspace, the meeting index included. */
export const WORKSPACE_TABLES = [
	...IMPORTED_TABLES,
	'meeting_people',
	'occurrence_aliases',
	'meeting_presence',
	'meeting_sizes',
	'meeting_pairs'
];

/**
 * The form two display names are compared in: lower case, and "Last, First" (as address books and HR systems write
 * names, and Outlook's CSV export copies them) turned to "First Last"; a name with more than one comma stays as it is.
 */
function nameKeySql(name: string): string {
	return `lower(trim(CASE WHEN length(${name}) - length(replace(${name}, ',', '')) = 1
		THEN trim(split_part(${name}, ',', 2)) || ' ' || trim(split_part(${name}, ',', 1)) ELSE ${name} END))`;
}

/** How imported rows name people, resolved once for every query: roster key, else roster email, else roster name. */
const VIEWS = [
	`CREATE OR REPLACE VIEW roster_by_email AS
		SELECT email, any_value(id) AS id FROM roster WHERE email IS NOT NULL GROUP BY email`,
	// A display name identifies someone only when no two roster people share it.
	`CREATE OR REPLACE VIEW roster_by_name AS
		SELECT ${nameKeySql('name')} AS name, any_value(id) AS id FROM roster GROUP BY 1 HAVING count(*) = 1`,
	`CREATE OR REPLACE VIEW roster_domains AS
		SELECT DISTINCT split_part(address, '@', 2) AS domain
		FROM (SELECT id AS address FROM roster UNION ALL SELECT email FROM roster) WHERE contains(address, '@')`,
	`CREATE OR REPLACE VIEW interaction_pairs AS
		SELECT coalesce(rs.id, es.id, i.source) AS a, coalesce(rt.id, et.id, i.target) AS b,
			(coalesce(rs.id, es.id) IS NOT NULL) AS a_listed, (coalesce(rt.id, et.id) IS NOT NULL) AS b_listed,
			i.weight, i.occurred_ms AS at_ms
		FROM interactions i
		LEFT JOIN roster rs ON rs.id = i.source LEFT JOIN roster_by_email es ON es.email = i.source
		LEFT JOIN roster rt ON rt.id = i.target LEFT JOIN roster_by_email et ON et.email = i.target`,
	// Each occurrence's attendance, shared lists read where they are written.
	`CREATE OR REPLACE VIEW occurrence_attendance AS
		SELECT o.occurrence, a.identity, a.declined, a.organizer
		FROM meeting_occurrences o JOIN meeting_attendance a ON a.occurrence = coalesce(o.attendees_of, o.occurrence)`,
	// The same occurrence (UID and original start; for an Outlook CSV row matched to an .ics copy, that copy's) in
	// several people's exports counts once, as its newest copies say (RFC 5545's SEQUENCE; a copy that does not say is
	// not judged older). A copy is current unless its series has a newer copy elsewhere (revised: moved, cut short,
	// cancelled) or the occurrence has a newer copy; current copies' attendees are merged, and the first of them (by
	// file, .ics before CSV, whose times are local) stands for all: its canonical. Older copies have none when their
	// series was revised, else the canonical of the copies that replace them.
	`CREATE OR REPLACE VIEW occurrence_copies AS
		WITH keyed AS (
			SELECT o.occurrence, coalesce(a.uid, o.uid) AS uid, coalesce(a.occurrence_key, o.occurrence_key) AS occurrence_key,
				o.source_file, o.sequence, coalesce(a.series_sequence, o.series_sequence) AS series_sequence,
			a.uid IS NOT NULL AS csv_row
			FROM meeting_occurrences o LEFT JOIN occurrence_aliases a USING (occurrence)),
		series AS (SELECT uid, max(series_sequence) AS newest_series FROM keyed GROUP BY uid),
		judged AS (
			SELECT k.*, coalesce(k.series_sequence < s.newest_series, false) AS older_series
			FROM keyed k JOIN series s USING (uid)),
		ranked AS (
			SELECT *, max(sequence) FILTER (WHERE NOT older_series) OVER copies AS newest,
				first_value(occurrence) OVER (
					copies ORDER BY older_series, sequence DESC NULLS LAST, csv_row, source_file, occurrence) AS first
			FROM judged WINDOW copies AS (PARTITION BY uid, occurrence_key))
		SELECT occurrence,
			NOT older_series AND (sequence IS NULL OR newest IS NULL OR sequence = newest) AS current,
			CASE WHEN NOT older_series THEN first END AS canonical
		FROM ranked`,
	// A display name without an email (Outlook's CSV export gives names) is the email that alone carries that name in
	// the calendars, as a roster's unique name is.
	`CREATE OR REPLACE VIEW email_by_name AS
		SELECT ${nameKeySql('name')} AS name, any_value(email) AS email FROM calendar_identities
		WHERE email IS NOT NULL AND name IS NOT NULL GROUP BY 1 HAVING count(DISTINCT email) = 1`,
	// Each calendar identity resolved to a person: roster key, roster email, unique roster name, else its email (or the
	// one alone carrying its name), else its name.
	// Name keys are columns before they are joined on: a join on the expression itself ran as a nested loop, 4 s for a
	// meeting of 5,000.
	`CREATE OR REPLACE VIEW resolved_identities AS
		SELECT i.identity, coalesce(r.id, re.id, rn.id, i.email, i.name) AS person,
			coalesce(r.id, re.id, rn.id) IS NOT NULL AS listed, i.name, i.email
		FROM (SELECT c.identity, c.name, c.name_key, coalesce(c.email, en.email) AS email
			FROM (SELECT *, ${nameKeySql('name')} AS name_key FROM calendar_identities) c
			LEFT JOIN email_by_name en ON en.name = CASE WHEN c.email IS NULL THEN c.name_key END) i
		LEFT JOIN roster r ON r.id = i.email
		LEFT JOIN roster_by_email re ON re.email = i.email
		LEFT JOIN roster_by_name rn ON rn.name = i.name_key
		WHERE coalesce(i.email, i.name) IS NOT NULL`
];

/** Databases (and transactions) known to hold the schema, which is made in one statement list: in the browser each call is a round trip to DuckDB's worker. */
const withSchema = new WeakSet<Queryable>();

export async function ensureSchema(db: Queryable): Promise<void> {
	if (withSchema.has(db)) return;
	await db.query([...TABLES, ...VIEWS].join(';\n'));
	withSchema.add(db);
}

/** After the tables were dropped ("Delete all data"): the next ensureSchema makes them again. */
export function forgetSchema(db: Queryable): void {
	withSchema.delete(db);
}

/** Empties every table: the workspace starts over. */
export async function clearWorkspace(db: Queryable): Promise<void> {
	await ensureSchema(db);
	for (const table of [...WORKSPACE_TABLES, ...INDEX_VERSIONS])
		await db.query(`DELETE FROM ${table}`);
}

/** The SQL form of a person key: trimmed, and lower-cased when it is an email, so emails match whatever their case. */
export function personKeySql(expression: string): string {
	return `CASE WHEN contains(trim(${expression}), '@') THEN lower(trim(${expression})) ELSE trim(${expression}) END`;
}
