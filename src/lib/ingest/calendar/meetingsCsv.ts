// Reads a meetings CSV in long form (one row per attendee of a meeting occurrence), grouping rows into occurrences in DuckDB.
import { sqlString } from '../../db/sql';
import type { Queryable } from '../../db/types';
import { matchColumns, type ColumnMatch } from '../columns';
import { csvColumn, csvReadError, csvRowsSql, type CsvLayout } from '../csvTable';
import { InputError, isInputError } from '../errors';
import { DAY_MS } from './dates';
import {
	AttendeeList,
	ENTRY_SEPARATOR,
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
 * UTC. Only what grouping needs is trimmed here: trimming a million rows costs more than the scan.
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
	where: string;
	problem: (value: string) => string;
	value: string;
}

/** What makes a row bad, in the order they are reported when one row has several problems. */
const CHECKS: Check[] = [
	{ part: 'meetingId', where: 'meeting_id IS NULL', value: "''", problem: () => 'is empty' },
	{
		part: 'start',
		where: "coalesce(trim(start_text), '') = ''",
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
		where: "coalesce(trim(attendee), '') = ''",
		value: "''",
		problem: () => 'is empty'
	},
	{
		part: 'response',
		where: `response <> '' AND response NOT IN (${sqlList(RESPONSES.keys())})`,
		value: 'trim(response_text)',
		problem: (value) =>
			`"${value}" is not a response (accepted, declined, tentative, needs-action or delegated)`
	},
	{
		part: 'allDay',
		where: `all_day <> '' AND all_day NOT IN (${sqlList(YES_NO_WORDS)})`,
		value: 'trim(all_day_text)',
		problem: (value) => `"${value}" is not true or false`
	}
];

/** Says what is wrong with the row on `line`, which the grouping query found bad by the same checks. */
async function problemOnLine(
	db: Queryable,
	fileName: string,
	rows: string,
	checks: readonly Check[],
	layout: CsvLayout,
	match: ColumnMatch<MeetingsPart>,
	line: number
): Promise<InputError> {
	const [row] = await db.query<Record<string, unknown>>(
		`SELECT ${checks.map((check, i) => `coalesce(${check.where}, false) AS bad_${i}, ${check.value} AS value_${i}`).join(', ')}
		FROM ${rows} WHERE line = ?`,
		[line]
	);
	const index = checks.findIndex((_, i) => row[`bad_${i}`] === true);
	const check = checks[index];
	const column = layout.header[match[check.part] as number];
	return new InputError(fileName, `the ${column} ${check.problem(String(row[`value_${index}`]))}`, line);
}

interface GroupedOccurrence {
	line: number;
	uid: string;
	start: number;
	end: number | null;
	title: string;
	allDay: boolean;
	cancelled: boolean;
	/** The first row of this occurrence that fails a check, if any. */
	badLine: number | null;
	/** Per row: attendee, organizer and response text. */
	entries: string[][];
}

function unpack(occurrence: string, attendees: string): GroupedOccurrence {
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
		entries: attendees.split(ENTRY_SEPARATOR).map((entry) => entry.split(FIELD_SEPARATOR))
	};
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
	const rows = rowsSql(path, layout, match);
	const checks = CHECKS.filter((check) => match[check.part] !== undefined);
	let grouped: GroupedOccurrence[];
	try {
		// One pass over the file groups the rows and finds the first bad one; what is wrong with it
		// is worked out only when there is one.
		const packed = await db.query<{ occurrence: string; attendees: string }>(
			`SELECT ${packedSql(['line', 'uid', 'start', '"end"', 'title', 'all_day', 'cancelled', 'bad_line'])} AS occurrence,
				attendees
			FROM (
				SELECT min(line) AS line, meeting_id AS uid, start_ms AS start, max(end_ms) AS "end",
					arg_min(trim(title), line) FILTER (WHERE trim(title) <> '') AS title,
					bool_or(all_day IN (${sqlList(YES_WORDS)})) AS all_day,
					bool_or(status IN ('cancelled', 'canceled')) AS cancelled,
					min(line) FILTER (WHERE ${checks.map((check) => `(${check.where})`).join(' OR ')}) AS bad_line,
					string_agg(${packedSql(['attendee', 'organizer', 'response'])}, chr(30) ORDER BY line) AS attendees
				FROM ${rows} GROUP BY meeting_id, start_ms)
			ORDER BY line`
		);
		grouped = packed.map(({ occurrence, attendees }) => unpack(occurrence, attendees));
		const badLine = grouped.reduce<number | null>(
			(first, { badLine }) => (badLine !== null && (first === null || badLine < first) ? badLine : first),
			null
		);
		if (badLine !== null) {
			throw await problemOnLine(db, fileName, rows, checks, layout, match, badLine);
		}
	} catch (error) {
		throw isInputError(error) ? error : csvReadError(fileName, error);
	}

	// The organizer column either marks the organizer's row (yes/no) or names the organizer on
	// every row; only yes/no words throughout mean the first.
	const organizerMarksRows = grouped.every(({ entries }) =>
		entries.every(([, organizer]) => parseYesNo(organizer) !== null)
	);
	// A meeting id seen with several starts is a recurring series, one occurrence per start.
	const starts = new Map<string, number>();
	for (const { uid } of grouped) starts.set(uid, (starts.get(uid) ?? 0) + 1);
	const list = new AttendeeList();
	const occurrences = grouped.map((occurrence): OccurrenceRecord => {
		for (const [text, organizer, response] of occurrence.entries) {
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
	return { events: starts.size, occurrences };
}
