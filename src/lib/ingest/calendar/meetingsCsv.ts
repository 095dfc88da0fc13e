// Reads a meetings CSV in long form (one row per attendee of a meeting occurrence) into staged tables, in SQL: the
// rows are grouped into occurrences by DuckDB, so a file of any size is read from disk without coming into JS.
import type { Queryable } from '../../db/types';
import { matchColumns, type ColumnMatch } from '../columns';
import { csvColumn, csvReadError, csvRowsSql, foundColumns, type CsvLayout } from '../csvTable';
import { InputError, isInputError } from '../errors';
import { readAttendeeTexts, stageAttendees } from './csvAttendees';
import {
	failsAnySql,
	fastWordSql,
	oneOfSql,
	problemOnLine,
	spellingsOf,
	trimSql,
	yesNoSql,
	type Check
} from './csvWords';
import { DAY_MS } from './dates';

const MEETINGS_COLUMNS = {
	meetingId: ['meeting id', 'meetingid', 'meeting', 'event id', 'eventid', 'uid'],
	start: ['start', 'start time', 'starts'],
	end: ['end', 'end time', 'ends'],
	attendee: ['attendee', 'email', 'person', 'participant', 'attendee email'],
	title: ['title', 'subject'],
	organizer: ['organizer', 'organiser'],
	response: ['response', 'partstat', 'response status'],
	allDay: ['all day', 'allday', 'all day event'],
	status: ['status', 'event status']
} as const;

type MeetingsPart = keyof typeof MEETINGS_COLUMNS;

export function isMeetingsHeader(header: readonly string[]): boolean {
	const match = matchColumns(header, MEETINGS_COLUMNS);
	return match.meetingId !== undefined && match.start !== undefined && match.attendee !== undefined;
}

/**
 * Responses as iCalendar, Microsoft Graph (tentativelyAccepted, notResponded, organizer) and people write them,
 * lower-cased without spaces, dashes or underscores.
 */
const DECLINED_WORDS = ['declined', 'decline', 'no'];
const RESPONSE_WORDS = [
	...DECLINED_WORDS,
	...['accepted', 'accept', 'yes', 'organizer'],
	...['tentative', 'tentativelyaccepted', 'maybe'],
	...['needsaction', 'notresponded', 'noresponse', 'none', 'delegated']
];

/** The word of a response: empty for no response. */
function responseWordSql(column: string): string {
	return `lower(regexp_replace(coalesce(${column}, ''), '[\\s_-]+', '', 'g'))`;
}

/** The common spellings of the responses, which need no regular expression. */
const RESPONSE_SPELLINGS = [
	...spellingsOf(RESPONSE_WORDS),
	...['needs-action', 'NEEDS-ACTION', 'Needs-Action', 'tentativelyAccepted', 'notResponded']
];

/** True for a response that is no response word; false for one, or none. */
function unknownResponseSql(column: string): string {
	const word = responseWordSql(column);
	return `CASE WHEN ${column} IS NULL THEN false ELSE ${fastWordSql(
		column,
		{ true: [], false: RESPONSE_SPELLINGS },
		`NOT (${word} = '' OR ${oneOfSql(word, RESPONSE_WORDS)})`
	)} END`;
}

/** True for a decline, false for another response, NULL for none. */
function declinedSql(column: string): string {
	const word = responseWordSql(column);
	return `CASE WHEN ${column} IS NULL THEN NULL ELSE ${fastWordSql(
		column,
		{ true: spellingsOf(DECLINED_WORDS), false: RESPONSE_SPELLINGS },
		`CASE WHEN ${word} = '' THEN NULL ELSE ${oneOfSql(word, DECLINED_WORDS)} END`
	)} END`;
}

/**
 * The rows with the times as UTC epoch ms. TIMESTAMPTZ honours a `Z` or `+02:00` (TIMESTAMP would
 * drop the offset), and without ICU, which Weft never loads, DuckDB reads a time without a zone as
 * UTC.
 */
function rowsSql(path: string, layout: CsvLayout, match: ColumnMatch<MeetingsPart>): string {
	const column = (part: MeetingsPart) => {
		const index = match[part];
		return index === undefined ? 'NULL::VARCHAR' : csvColumn(index);
	};
	return `(SELECT line, nullif(trim(${column('meetingId')}), '') AS meeting_id,
		${column('start')} AS start_text, epoch_ms(try_cast(${column('start')} AS TIMESTAMPTZ)) AS start_ms,
		${column('end')} AS end_text, epoch_ms(try_cast(${column('end')} AS TIMESTAMPTZ)) AS end_ms,
		${(['attendee', 'title', 'organizer', 'response', 'allDay', 'status'] as const)
			.map((part) => `${column(part)} AS ${part}`)
			.join(', ')}
	FROM ${csvRowsSql(path, layout)})`;
}

/** The checks of a row, in the order they are reported when one row fails several; only for the columns present. */
function checksOf(
	match: ColumnMatch<MeetingsPart>,
	columnName: (part: MeetingsPart) => string
): Check[] {
	const checks: (Omit<Check, 'column'> & { part: MeetingsPart })[] = [
		{ part: 'meetingId', where: 'meeting_id IS NULL', value: "''", problem: () => 'is empty' },
		{
			part: 'start',
			where: "CASE WHEN start_ms IS NULL THEN coalesce(trim(start_text), '') = '' ELSE false END",
			value: "''",
			problem: () => 'is empty'
		},
		{
			part: 'start',
			where: 'start_ms IS NULL',
			value: 'trim(start_text)',
			problem: (value) => `"${value}" is not a date and time (write it like 2026-03-29T09:00:00Z)`
		},
		{
			part: 'end',
			where: "CASE WHEN end_ms IS NULL THEN trim(end_text) <> '' ELSE false END",
			value: 'trim(end_text)',
			problem: (value) => `"${value}" is not a date and time (write it like 2026-03-29T09:30:00Z)`
		},
		{
			part: 'end',
			where: 'end_ms < start_ms',
			value: 'trim(end_text)',
			problem: (value) => `"${value}" is before the start`
		},
		{
			part: 'allDay',
			where: `CASE WHEN allDay IS NULL THEN false ELSE ${yesNoSql('allDay')} IS NULL END`,
			value: trimSql('allDay'),
			problem: (value) => `"${value}" is not true or false`
		},
		{
			part: 'response',
			where: unknownResponseSql('response'),
			value: trimSql('response'),
			problem: (value) =>
				`"${value}" is not a response (accepted, declined, tentative, needs-action or delegated)`
		}
	];
	return checks
		.filter((check) => match[check.part] !== undefined)
		.map((check) => ({ ...check, column: columnName(check.part) }));
}

/**
 * One row per occurrence (a meeting id and start), with the first line any check fails on. "Cancelled" or "canceled"
 * in any row's status cancels the occurrence; the organizer column either marks the organizer's row (yes/no) or names
 * the organizer on every row, and only yes/no words throughout mean the first.
 */
function groupingSql(rows: string, checks: readonly Check[]): string {
	return `CREATE OR REPLACE TEMP TABLE csv_grouped AS
		SELECT meeting_id AS uid, start_ms, min(line) AS line, max(end_ms) AS end_ms,
			arg_min(title, line) FILTER (WHERE title IS NOT NULL) AS title,
			bool_or(coalesce(${yesNoSql('allDay')}, false)) AS all_day,
			bool_or(coalesce(regexp_full_match(status, '\\s*cancel+ed\\s*', 'i'), false)) AS cancelled,
			min(line) FILTER (WHERE ${failsAnySql(checks)}) AS bad_line,
			bool_and(${yesNoSql('organizer')} IS NOT NULL) AS organizer_marks_rows
		FROM ${rows} GROUP BY meeting_id, start_ms`;
}

/** Occurrences in file order; a meeting id seen with several starts is a recurring series, one occurrence per start. */
const OCCURRENCES = `CREATE OR REPLACE TEMP TABLE staged_occurrences AS
	SELECT (row_number() OVER (ORDER BY line) - 1)::INTEGER AS occurrence, line::INTEGER AS line, uid,
		start_ms AS occurrence_key, start_ms,
		coalesce(end_ms, start_ms + CASE WHEN all_day THEN ${DAY_MS} ELSE 0 END) AS end_ms,
		coalesce(${trimSql('title')}, '') AS title, all_day, cancelled,
		count(*) OVER (PARTITION BY uid) > 1 AS recurring, NULL::INTEGER AS attendees_of
	FROM csv_grouped`;

/** Each row's attendee is a mention; where the organizer column names people, each row's organizer is one too, just before. */
function mentionsSql(
	rows: string,
	organizerMarksRows: boolean | null
): { texts: string; entries: string } {
	const occurrence = `FROM ${rows} r JOIN staged_occurrences o ON o.uid = r.meeting_id AND o.start_ms = r.start_ms`;
	const attendeeEntries = `SELECT o.occurrence, r.line * 2 + 1 AS position, t.text_id,
			${declinedSql('r.response')} AS declined,
			${organizerMarksRows ? `coalesce(${yesNoSql('r.organizer')}, false)` : 'false'} AS organizer
		${occurrence} JOIN csv_texts t ON t.text = r.attendee`;
	const organizerEntries = `SELECT o.occurrence, r.line * 2 AS position, t.text_id, NULL AS declined, true AS organizer
		${occurrence} JOIN csv_texts t ON t.text = r.organizer`;
	const namesOrganizers = organizerMarksRows === false;
	return {
		texts: `CREATE OR REPLACE TEMP TABLE csv_texts AS
			SELECT row_number() OVER () AS text_id, text FROM (
				SELECT DISTINCT text FROM ${rows},
					unnest([attendee${namesOrganizers ? ', organizer' : ''}]) AS mention(text)
				WHERE text IS NOT NULL)`,
		entries: `CREATE OR REPLACE TEMP TABLE csv_entries AS
			${attendeeEntries}${namesOrganizers ? ` UNION ALL ${organizerEntries}` : ''}`
	};
}

/** Reads the file into `staged_occurrences`, `staged_identities` and `staged_attendance`; gives the meetings read. */
export async function stageMeetingsCsv(
	db: Queryable,
	fileName: string,
	path: string,
	layout: CsvLayout,
	/** Called before each of the statements that read the file, so progress can span them. */
	onPass?: (index: number, count: number) => void
): Promise<{ events: number; occurrences: number }> {
	if (!isMeetingsHeader(layout.header)) {
		throw new InputError(
			fileName,
			`not a meetings CSV (needs meeting_id, start and attendee columns); ${foundColumns(layout)}`,
			1
		);
	}
	const match = matchColumns(layout.header, MEETINGS_COLUMNS);
	const rows = rowsSql(path, layout, match);
	const checks = checksOf(match, (part) => layout.header[match[part] as number]);
	try {
		// One pass over the file groups the rows and finds the first bad one; what is wrong with it is worked out only
		// when there is one.
		onPass?.(0, 3);
		await db.query(groupingSql(rows, checks));
		const [summary] = await db.query<{
			bad_line: number | null;
			organizer_marks_rows: boolean | null;
			events: number;
		}>(
			`SELECT min(bad_line) AS bad_line, bool_and(organizer_marks_rows) AS organizer_marks_rows,
				count(DISTINCT uid) AS events FROM csv_grouped`
		);
		if (summary.bad_line !== null)
			throw await problemOnLine(db, fileName, rows, checks, summary.bad_line);
		await db.query(OCCURRENCES);
		await db.query('DROP TABLE csv_grouped');
		const organizerMarksRows = match.organizer === undefined ? true : summary.organizer_marks_rows;
		const mentions = mentionsSql(rows, organizerMarksRows);
		onPass?.(1, 3);
		await db.query(mentions.texts);
		await readAttendeeTexts(db);
		onPass?.(2, 3);
		await db.query(mentions.entries);
		await stageAttendees(db);
		const [{ occurrences }] = await db.query<{ occurrences: number }>(
			'SELECT count(*) AS occurrences FROM staged_occurrences'
		);
		return { events: summary.events, occurrences };
	} catch (error) {
		throw isInputError(error) ? error : csvReadError(fileName, error);
	}
}
