// Reads a meetings CSV in long form (one row per attendee of a meeting occurrence), grouping rows into occurrences in DuckDB.
import { sqlString } from '../../db/sql';
import type { Queryable } from '../../db/types';
import { matchColumns, type ColumnMatch } from '../columns';
import { csvColumn, csvReadError, csvRowsSql, type CsvLayout } from '../csvTable';
import { InputError, isInputError } from '../errors';
import { DAY_MS } from './dates';
import {
	AttendeeList,
	FIELD_SEPARATOR,
	packedSql,
	parseAttendee,
	parseYesNo,
	YES_NO_WORDS,
	YES_WORDS
} from './meetingsShared';
import type { OccurrenceRecord, ParsedCalendar, PartStat } from './types';

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

/** Responses as iCalendar, Microsoft Graph (tentativelyAccepted, notResponded, organizer) and people write them. */
const RESPONSE_WORDS: [string, Exclude<PartStat, null>][] = [
	['accepted', 'ACCEPTED'],
	['accept', 'ACCEPTED'],
	['yes', 'ACCEPTED'],
	['organizer', 'ACCEPTED'],
	['declined', 'DECLINED'],
	['decline', 'DECLINED'],
	['no', 'DECLINED'],
	['tentative', 'TENTATIVE'],
	['tentatively accepted', 'TENTATIVE'],
	['maybe', 'TENTATIVE'],
	['needs action', 'NEEDS-ACTION'],
	['not responded', 'NEEDS-ACTION'],
	['no response', 'NEEDS-ACTION'],
	['none', 'NEEDS-ACTION'],
	['delegated', 'DELEGATED']
];

/** Lower-cased, with a space, hyphen, underscore or nothing between words (needs-action, notResponded). */
const RESPONSES = new Map(
	RESPONSE_WORDS.flatMap(([words, partstat]) =>
		[' ', '-', '_', ''].map((between) => [words.replaceAll(' ', between), partstat] as const)
	)
);

function sqlList(words: Iterable<string>): string {
	return [...words].map(sqlString).join(', ');
}

/**
 * The rows with the times as UTC epoch ms. TIMESTAMPTZ honours a `Z` or `+02:00` (TIMESTAMP would
 * drop the offset), and without ICU, which Weft never loads, DuckDB reads a time without a zone as
 * UTC. Text is trimmed only where grouping or a check needs it: a million trims cost about as much
 * as the scan.
 */
function rowsSql(path: string, layout: CsvLayout, match: ColumnMatch<MeetingsPart>): string {
	const column = (part: MeetingsPart) => {
		const index = match[part];
		return index === undefined ? 'NULL::VARCHAR' : csvColumn(index);
	};
	return `(SELECT line, nullif(trim(${column('meetingId')}), '') AS meeting_id,
		${column('start')} AS start_text, epoch_ms(try_cast(${column('start')} AS TIMESTAMPTZ)) AS start_ms,
		${column('end')} AS end_text, epoch_ms(try_cast(${column('end')} AS TIMESTAMPTZ)) AS end_ms,
		${column('attendee')} AS attendee, ${column('title')} AS title,
		${column('organizer')} AS organizer, ${column('response')} AS response_text,
		lower(trim(${column('response')})) AS response, ${column('allDay')} AS all_day_text,
		lower(trim(${column('allDay')})) AS all_day, lower(trim(${column('status')})) AS status
	FROM ${csvRowsSql(path, layout)})`;
}

interface Check {
	part: MeetingsPart;
	/** True for a bad row; cheap tests come first, as DuckDB skips the rest of an AND once one fails. */
	where: string;
	/** The bad text, quoted in the message. */
	value: string;
	problem: (value: string) => string;
}

/** What makes a row bad, in the order they are reported when one row has several problems. */
const CHECKS: Check[] = [
	{ part: 'meetingId', where: 'meeting_id IS NULL', value: "''", problem: () => 'is empty' },
	{
		part: 'start',
		where: "start_ms IS NULL AND coalesce(trim(start_text), '') = ''",
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
		where: "end_ms IS NULL AND trim(end_text) <> ''",
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
		part: 'attendee',
		where: "attendee IS NULL OR trim(attendee) = ''",
		value: "''",
		problem: () => 'is empty'
	},
	{
		part: 'response',
		where: `response NOT IN ('', ${sqlList(RESPONSES.keys())})`,
		value: 'trim(response_text)',
		problem: (value) =>
			`"${value}" is not a response (accepted, declined, tentative, needs-action or delegated)`
	},
	{
		part: 'allDay',
		where: `all_day NOT IN ('', ${sqlList(YES_NO_WORDS)})`,
		value: 'trim(all_day_text)',
		problem: (value) => `"${value}" is not true or false`
	}
];

/** Says what is wrong with the row on `line`, which the grouping query found bad by these same checks. */
async function problemOnLine(
	db: Queryable,
	fileName: string,
	rows: string,
	checks: readonly Check[],
	line: number,
	columnName: (part: MeetingsPart) => string
): Promise<InputError> {
	const tests = checks.map(
		(check, i) => `coalesce(${check.where}, false) AS bad_${i}, ${check.value} AS value_${i}`
	);
	const [row] = await db.query<Record<string, unknown>>(
		`SELECT ${tests.join(', ')} FROM ${rows} WHERE line = ?`,
		[line]
	);
	const index = checks.findIndex((_, i) => row[`bad_${i}`] === true);
	const { part, problem } = checks[index];
	const value = String(row[`value_${index}`]);
	return new InputError(fileName, `the ${columnName(part)} ${problem(value)}`, line);
}

/** The numbers of an occurrence's rows: each row's attendee as line, attendee, organizer, response. */
const ENTRY_FIELDS = 4;

/** One occurrence as the grouping query packs it. */
function groupingSql(rows: string, checks: readonly Check[]): string {
	const occurrence = ['line', 'uid', 'start', '"end"', 'title', 'all_day', 'cancelled', 'bad_line'];
	// No ORDER BY inside string_agg: sorting a million rows there costs more than sorting each
	// occurrence's few entries by their line in JS.
	return `SELECT ${packedSql(occurrence)} AS occurrence, entries FROM (
			SELECT min(line) AS line, meeting_id AS uid, start_ms AS start, max(end_ms) AS "end",
				arg_min(trim(title), line) FILTER (WHERE trim(title) <> '') AS title,
				bool_or(all_day IN (${sqlList(YES_WORDS)})) AS all_day,
				bool_or(status IN ('cancelled', 'canceled')) AS cancelled,
				min(line) FILTER (WHERE ${checks.map((check) => `(${check.where})`).join(' OR ')}) AS bad_line,
				string_agg(${packedSql(['line', 'attendee', 'organizer', 'response'])}, chr(31)) AS entries
			FROM ${rows} GROUP BY meeting_id, start_ms)
		ORDER BY line`;
}

interface Grouped {
	line: number;
	uid: string;
	start: number;
	end: number | null;
	title: string;
	allDay: boolean;
	cancelled: boolean;
	/** The first row of this occurrence that fails a check, if any. */
	badLine: number | null;
	/** ENTRY_FIELDS texts per row, in line order. */
	entries: string[];
}

function unpack(occurrence: string, packedEntries: string): Grouped {
	const [line, uid, start, end, title, allDay, cancelled, badLine] =
		occurrence.split(FIELD_SEPARATOR);
	return {
		line: Number(line),
		uid,
		start: Number(start),
		end: end === '' ? null : Number(end),
		title,
		allDay: allDay === 'true',
		cancelled: cancelled === 'true',
		badLine: badLine === '' ? null : Number(badLine),
		entries: inLineOrder(packedEntries.split(FIELD_SEPARATOR))
	};
}

function inLineOrder(fields: string[]): string[] {
	const count = fields.length / ENTRY_FIELDS;
	let sorted = true;
	for (let i = 1; i < count && sorted; i++) {
		sorted = Number(fields[(i - 1) * ENTRY_FIELDS]) < Number(fields[i * ENTRY_FIELDS]);
	}
	if (sorted) return fields;
	const order = Array.from({ length: count }, (_, i) => i).sort(
		(a, b) => Number(fields[a * ENTRY_FIELDS]) - Number(fields[b * ENTRY_FIELDS])
	);
	return order.flatMap((i) => fields.slice(i * ENTRY_FIELDS, (i + 1) * ENTRY_FIELDS));
}

export async function readMeetingsCsv(
	db: Queryable,
	fileName: string,
	path: string,
	layout: CsvLayout
): Promise<ParsedCalendar> {
	if (!isMeetingsHeader(layout.header)) {
		throw new InputError(
			fileName,
			`not a meetings CSV (needs meeting_id, start and attendee columns); found columns: ${layout.header.join(', ')}`,
			1
		);
	}
	const match = matchColumns(layout.header, MEETINGS_COLUMNS);
	const columnName = (part: MeetingsPart) => layout.header[match[part] as number];
	const rows = rowsSql(path, layout, match);
	const checks = CHECKS.filter((check) => match[check.part] !== undefined);
	let grouped: Grouped[];
	try {
		// One pass over the file groups the rows and finds the first bad one; what is wrong with it
		// is worked out only when there is one.
		const packed = await db.query<{ occurrence: string; entries: string }>(
			groupingSql(rows, checks)
		);
		grouped = packed.map(({ occurrence, entries }) => unpack(occurrence, entries));
		let badLine: number | null = null;
		for (const occurrence of grouped) {
			if (occurrence.badLine !== null && (badLine === null || occurrence.badLine < badLine))
				badLine = occurrence.badLine;
		}
		if (badLine !== null) throw await problemOnLine(db, fileName, rows, checks, badLine, columnName);
	} catch (error) {
		throw isInputError(error) ? error : csvReadError(fileName, error);
	}
	return { events: new Set(grouped.map(({ uid }) => uid)).size, occurrences: occurrencesOf(grouped) };
}

function occurrencesOf(grouped: readonly Grouped[]): OccurrenceRecord[] {
	// The organizer column either marks the organizer's row (yes/no) or names the organizer on
	// every row; only yes/no words throughout mean the first.
	let organizerMarksRows = true;
	for (const { entries } of grouped) {
		for (let i = 2; i < entries.length && organizerMarksRows; i += ENTRY_FIELDS)
			organizerMarksRows = parseYesNo(entries[i]) !== null;
	}
	// A meeting id seen with several starts is a recurring series, one occurrence per start.
	const starts = new Map<string, number>();
	for (const { uid } of grouped) starts.set(uid, (starts.get(uid) ?? 0) + 1);
	const list = new AttendeeList();
	return grouped.map((occurrence) => {
		const { entries } = occurrence;
		for (let i = 0; i < entries.length; i += ENTRY_FIELDS) {
			const [text, organizer, response] = [entries[i + 1], entries[i + 2], entries[i + 3]];
			if (!organizerMarksRows) {
				const named = parseAttendee(organizer);
				if (named) list.add({ ...named, organizer: true });
			}
			const attendee = parseAttendee(text);
			if (!attendee) continue;
			attendee.partstat = RESPONSES.get(response) ?? null;
			attendee.organizer = organizerMarksRows && parseYesNo(organizer) === true;
			list.add(attendee);
		}
		return {
			uid: occurrence.uid,
			occurrenceKey: occurrence.start,
			start: occurrence.start,
			end: occurrence.end ?? occurrence.start + (occurrence.allDay ? DAY_MS : 0),
			title: occurrence.title,
			allDay: occurrence.allDay,
			cancelled: occurrence.cancelled,
			recurring: (starts.get(occurrence.uid) as number) > 1,
			attendees: list.take(),
			line: occurrence.line
		};
	});
}
