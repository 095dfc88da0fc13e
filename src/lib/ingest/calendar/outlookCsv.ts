// Reads Outlook's CSV calendar export (File › Open & Export › Import/Export › Comma Separated Values) into staged
// tables, in SQL: one row per occurrence, read from disk by DuckDB without coming into JS.
import type { Queryable } from '../../db/types';
import { matchColumns, type ColumnMatch } from '../columns';
import { csvColumn, csvReadError, csvRowsSql, foundColumns, type CsvLayout } from '../csvTable';
import { InputError, isInputError } from '../errors';
import { readAttendeeTexts, stageAttendees } from './csvAttendees';
import { failsAnySql, problemOnLine, trimSql, yesNoSql, type Check } from './csvWords';
import { OUTLOOK_CSV_UID_PREFIX } from './types';
import {
	DAY_MS,
	dateMsSql,
	dateOrderShownSql,
	decideDateOrder,
	isDateSql,
	isLocalDateSql,
	timeMsSql,
	type DateEvidence,
	type DateOrder
} from './dates';

/**
 * Outlook's header names in English, German and French. French names the date and the time of the start both "Début"
 * (and of the end both "Fin"): the first of each is the date, since a name goes to the first part that lists it.
 * Exports in other languages are not recognised.
 */
const OUTLOOK_COLUMNS = {
	subject: ['subject', 'betreff', 'objet'],
	startDate: ['start date', 'beginnt am', 'début'],
	startTime: ['start time', 'beginnt um', 'début'],
	endDate: ['end date', 'endet am', 'fin'],
	endTime: ['end time', 'endet um', 'fin'],
	allDay: ['all day event', 'ganztägiges ereignis', 'journée entière'],
	organizer: [
		'meeting organizer',
		'besprechungsplanung',
		"organisateur d'une réunion",
		'organisateur d’une réunion'
	],
	required: ['required attendees', 'erforderliche teilnehmer', 'participants obligatoires'],
	optional: ['optional attendees', 'optionale teilnehmer', 'participants facultatifs']
} as const;

type OutlookPart = keyof typeof OUTLOOK_COLUMNS;
const PARTS = Object.keys(OUTLOOK_COLUMNS) as OutlookPart[];

export interface OutlookOptions {
	/** How to read dates like 03/04/2026; without it the order is found from dates that show it. */
	dateOrder?: DateOrder;
}

export function isOutlookHeader(header: readonly string[]): boolean {
	const match = matchColumns(header, OUTLOOK_COLUMNS);
	return (
		match.subject !== undefined &&
		match.startDate !== undefined &&
		(match.organizer ?? match.required ?? match.optional) !== undefined
	);
}

/** The rows with every field trimmed, empty for a missing column or value. */
function rowsSql(path: string, layout: CsvLayout, match: ColumnMatch<OutlookPart>): string {
	const fields = PARTS.map((part) => {
		const index = match[part];
		return `${index === undefined ? "''" : `coalesce(${trimSql(csvColumn(index))}, '')`} AS ${part}`;
	});
	return `(SELECT line, ${fields.join(', ')} FROM ${csvRowsSql(path, layout)})`;
}

/**
 * Each distinct date and time text of the file once, where it first appears (`part`: 0 start date, 1 end date, 2
 * start time, 3 end time): an export repeats a few hundred days and times over its rows, so each is read once.
 */
function whenTextsSql(rows: string): string {
	return `CREATE OR REPLACE TEMP TABLE csv_when AS
		SELECT text, min(line * 4 + part) AS position, arg_min(line, line * 4 + part) AS line,
			arg_min(part, line * 4 + part) AS part
		FROM (SELECT line, unnest([startDate, endDate, startTime, endTime]) AS text, unnest([0, 1, 2, 3]) AS part
			FROM ${rows})
		GROUP BY text`;
}

/** Each of those texts read as a date in `order` and as a time of day, whichever it is. */
function whenReadSql(order: DateOrder): string {
	return `CREATE OR REPLACE TEMP TABLE csv_when_read AS
		SELECT text, ${isDateSql('text')} AS is_date, ${isLocalDateSql('text')} AS is_local,
			${dateMsSql('text', order)} AS day, ${timeMsSql('text')} AS clock
		FROM csv_when`;
}

/**
 * The rows with their times as UTC epoch ms. Outlook writes local wall-clock times without a zone; they are taken as
 * UTC until a setting says which zone the export was made in. An end time without an end date ends on the start's
 * day; no end at all ends at the start (an all-day event a day later). When the organizer cancels, Outlook renames the
 * meeting in each attendee's calendar to "Canceled: <subject>".
 */
function timedSql(rows: string): string {
	return `(SELECT *, start_day + start_clock AS start_ms,
			CASE WHEN endDate <> '' OR endTime <> '' THEN end_day + end_clock
				ELSE start_day + start_clock + CASE WHEN all_day THEN ${DAY_MS} ELSE 0 END END AS end_ms,
			regexp_replace(subject, '^cancel+ed:\\s*', '', 'i') AS title
		FROM (SELECT r.*, ${yesNoSql('r.allDay')} AS all_day,
			sd.is_date AS start_is_date, sd.is_local AS start_is_local, sd.day AS start_day, st.clock AS start_clock,
			ed.is_date AS end_is_date, ed.is_local AS end_is_local, ed.day AS end_day, et.clock AS end_clock
		FROM ${rows} r
		JOIN csv_when_read sd ON sd.text = r.startDate JOIN csv_when_read st ON st.text = r.startTime
		JOIN csv_when_read ed ON ed.text = CASE WHEN r.endDate <> '' THEN r.endDate ELSE r.startDate END
		JOIN csv_when_read et ON et.text = r.endTime))`;
}

/** The checks of a row, in the order they are reported when one row fails several. */
function checksOf(order: DateOrder, columnName: (part: OutlookPart) => string): Check[] {
	const reading = order === 'mdy' ? 'month/day/year' : 'day/month/year';
	const dateChecks = (part: 'startDate' | 'endDate', read: 'start' | 'end'): Check[] => [
		{
			column: columnName(part),
			where: `NOT ${read}_is_date`,
			value: part,
			problem: (value) => `"${value}" is not a date`
		},
		{
			column: columnName(part),
			where: `${read}_day IS NULL AND NOT ${read}_is_local`,
			value: part,
			problem: (value) => `"${value}" is not a valid date`
		},
		{
			column: columnName(part),
			where: `${read}_day IS NULL`,
			value: part,
			problem: (value) => `"${value}" is not a valid date (read as ${reading})`
		}
	];
	const timeCheck = (part: 'startTime' | 'endTime', clock: string): Check => ({
		column: columnName(part),
		where: `${clock} IS NULL`,
		value: part,
		problem: (value) => `"${value}" is not a time`
	});
	return [
		{
			column: columnName('allDay'),
			where: 'all_day IS NULL',
			value: 'allDay',
			problem: (value) => `"${value}" is not True or False`
		},
		{
			column: columnName('startDate'),
			where: "startDate = ''",
			value: "''",
			problem: () => 'is empty'
		},
		...dateChecks('startDate', 'start'),
		timeCheck('startTime', 'start_clock'),
		...dateChecks('endDate', 'end').map((check) => ({
			...check,
			where: `CASE WHEN endDate = '' THEN false ELSE ${check.where} END`
		})),
		timeCheck('endTime', 'end_clock'),
		{
			column: 'end',
			where: 'end_ms < start_ms',
			// Both times go in one value, split again for the message.
			value: "concat(endDate, ' ', endTime, chr(31), startDate, ' ', startTime)",
			problem: (value) => {
				const [end, start] = value.split('\u001f');
				return `"${end}" is before the start "${start}"`;
			}
		}
	];
}

/** The first date of each kind (showing day-first, month-first, or either) in file order, start before end in a row. */
async function dateEvidence(
	db: Queryable,
	columnName: (part: OutlookPart) => string
): Promise<DateEvidence[]> {
	const found = await db.query<{ shown: string; text: string; line: number; part: number }>(
		`SELECT shown, arg_min(text, position) AS text, arg_min(line, position) AS line, arg_min(part, position) AS part
		FROM (SELECT *, ${dateOrderShownSql('text')} AS shown FROM csv_when WHERE part < 2)
		WHERE shown IS NOT NULL GROUP BY shown ORDER BY min(position)`
	);
	return found.map(({ shown, text, line, part }) => ({
		order: shown === 'either' ? null : (shown as DateOrder),
		text,
		line,
		column: columnName(part === 0 ? 'startDate' : 'endDate')
	}));
}

/** A row's mentions of people: its organizer, then its required and optional attendees, as written. */
const MENTIONS = `list_prepend(organizer, string_split(concat(required, ';', optional), ';'))`;

/** Each attendee text, and the organizer's, once. */
function textsSql(rows: string): string {
	return `CREATE OR REPLACE TEMP TABLE csv_texts AS
		SELECT row_number() OVER () AS text_id, text FROM (
			SELECT DISTINCT text FROM (
				SELECT unnest(${MENTIONS}) AS text
				FROM ${rows})
			WHERE text <> '')`;
}

/**
 * Occurrences in file order. Outlook's CSV has no UID, and the same meeting in two people's exports must get the same
 * one: it is made from the title, the start and the organizer, with md5, which DuckDB gives alike in every browser and
 * in Node (a clash needs two of 2^64).
 */
function occurrencesSql(timed: string): string {
	return `CREATE OR REPLACE TEMP TABLE staged_occurrences AS
		SELECT (row_number() OVER (ORDER BY line) - 1)::INTEGER AS occurrence, line::INTEGER AS line,
			'${OUTLOOK_CSV_UID_PREFIX}' || left(md5(concat(lower(r.title), chr(10), r.start_ms, chr(10), coalesce(p.email, lower(p.name), ''))), 16) AS uid,
			r.start_ms AS occurrence_key, r.start_ms, r.end_ms, r.title, r.all_day, r.title <> r.subject AS cancelled,
			false AS recurring, NULL::INTEGER AS attendees_of
		FROM ${timed} r LEFT JOIN csv_texts t ON t.text = r.organizer LEFT JOIN csv_people p USING (text_id)`;
}

/** Each row's organizer, then its required and optional attendees, as mentions, in the order written. */
function entriesSql(rows: string): string {
	return `CREATE OR REPLACE TEMP TABLE csv_entries AS
		SELECT o.occurrence, m.line::BIGINT * 8388608 + m.rank AS position, t.text_id,
			NULL::BOOLEAN AS declined, m.rank = 1 AS organizer
		FROM (SELECT line, unnest(mentions) AS text, generate_subscripts(mentions, 1) AS rank
			FROM (SELECT line, ${MENTIONS} AS mentions
				FROM ${rows})) m
		JOIN staged_occurrences o USING (line) JOIN csv_texts t USING (text)`;
}

/** Reads the file into `staged_occurrences`, `staged_identities` and `staged_attendance`; gives the rows read. */
export async function stageOutlookCsv(
	db: Queryable,
	fileName: string,
	path: string,
	layout: CsvLayout,
	options: OutlookOptions = {},
	/** Called before each of the statements that read the file, so progress can span them. */
	onPass?: (index: number, count: number) => void
): Promise<{ events: number; occurrences: number }> {
	if (!isOutlookHeader(layout.header)) {
		throw new InputError(
			fileName,
			`not an Outlook calendar export (needs Subject, Start Date and Meeting Organizer or attendee columns); ${foundColumns(layout)}`,
			1
		);
	}
	const match = matchColumns(layout.header, OUTLOOK_COLUMNS);
	const columnName = (part: OutlookPart) => layout.header[match[part] as number];
	const rows = rowsSql(path, layout, match);
	try {
		onPass?.(0, 5);
		await db.query(whenTextsSql(rows));
		const order =
			options.dateOrder ?? decideDateOrder(fileName, await dateEvidence(db, columnName));
		await db.query(whenReadSql(order));
		await db.query('DROP TABLE csv_when');
		const timed = timedSql(rows);
		const checks = checksOf(order, columnName);
		onPass?.(1, 5);
		const [{ bad_line }] = await db.query<{ bad_line: number | null }>(
			`SELECT min(line) FILTER (WHERE ${failsAnySql(checks)}) AS bad_line FROM ${timed}`
		);
		if (bad_line !== null) throw await problemOnLine(db, fileName, timed, checks, bad_line);
		onPass?.(2, 5);
		await db.query(textsSql(rows));
		await readAttendeeTexts(db);
		onPass?.(3, 5);
		await db.query(occurrencesSql(timed));
		onPass?.(4, 5);
		await db.query(entriesSql(rows));
		await stageAttendees(db);
		await db.query('DROP TABLE csv_when_read');
		const [{ occurrences }] = await db.query<{ occurrences: number }>(
			'SELECT count(*) AS occurrences FROM staged_occurrences'
		);
		return { events: occurrences, occurrences };
	} catch (error) {
		throw isInputError(error) ? error : csvReadError(fileName, error);
	}
}
