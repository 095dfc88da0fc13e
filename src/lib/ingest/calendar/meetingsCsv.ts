// Reads a meetings CSV in long form (one row per attendee of a meeting occurrence), grouping rows into occurrences in DuckDB.
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
	parseYesNo
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
const RESPONSES = new Map<string, Exclude<PartStat, null>>([
	['accepted', 'ACCEPTED'],
	['accept', 'ACCEPTED'],
	['yes', 'ACCEPTED'],
	['organizer', 'ACCEPTED'],
	['declined', 'DECLINED'],
	['decline', 'DECLINED'],
	['no', 'DECLINED'],
	['tentative', 'TENTATIVE'],
	['tentativelyaccepted', 'TENTATIVE'],
	['maybe', 'TENTATIVE'],
	['needsaction', 'NEEDS-ACTION'],
	['notresponded', 'NEEDS-ACTION'],
	['noresponse', 'NEEDS-ACTION'],
	['none', 'NEEDS-ACTION'],
	['delegated', 'DELEGATED']
]);

/** "Cancelled" or "canceled" in the status column cancels the occurrence. */
const CANCELLED = /^\s*cancel+ed\s*$/i;

/** Undefined for no response, null for text that is no response. */
function responseOf(text: string): PartStat | undefined {
	const word = text.toLowerCase().replace(/[\s_-]+/g, '');
	return word === '' ? undefined : (RESPONSES.get(word) ?? null);
}

/**
 * The rows with the times as UTC epoch ms. TIMESTAMPTZ honours a `Z` or `+02:00` (TIMESTAMP would
 * drop the offset), and without ICU, which Weft never loads, DuckDB reads a time without a zone as
 * UTC. Other text is left as it is: each trim or lower-casing of a million values costs a fifth of
 * the scan, so words are read in JS.
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

/** A problem with a row that SQL finds; the grouping query finds the first bad line by all of them at once. */
interface Check {
	part: MeetingsPart;
	/** True for a bad row. Costly tests sit behind a CASE, which DuckDB evaluates only where it applies. */
	where: string;
	/** The bad text, quoted in the message. */
	value: string;
	problem: (value: string) => string;
}

/** In the order they are reported when one row has several problems. */
const CHECKS: Check[] = [
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
	return new InputError(
		fileName,
		`the ${columnName(part)} ${problem(String(row[`value_${index}`]))}`,
		line
	);
}

/** What the grouping query packs for each row of an occurrence, in this order. */
const ENTRY_PARTS = ['line', 'attendee', 'organizer', 'response', 'allDay', 'status'] as const;
const ENTRY_FIELDS = ENTRY_PARTS.length;

/**
 * One row per occurrence: its fields, and its rows' entries. There is no ORDER BY inside
 * string_agg: sorting a million rows there costs more than sorting each occurrence's few entries
 * by line in JS.
 */
function groupingSql(rows: string, checks: readonly Check[]): string {
	const occurrence = ['line', 'uid', 'start', '"end"', 'title', 'bad_line'];
	return `SELECT ${packedSql(occurrence)} AS occurrence, entries FROM (
			SELECT min(line) AS line, meeting_id AS uid, start_ms AS start, max(end_ms) AS "end",
				arg_min(title, line) FILTER (WHERE title IS NOT NULL) AS title,
				min(line) FILTER (WHERE ${checks.map((check) => `(${check.where})`).join(' OR ')}) AS bad_line,
				string_agg(${packedSql(ENTRY_PARTS)}, chr(31)) AS entries
			FROM ${rows} GROUP BY meeting_id, start_ms)
		ORDER BY line`;
}

interface Grouped {
	line: number;
	uid: string;
	start: number;
	end: number | null;
	title: string;
	/** The first row of this occurrence that fails a check, if any. */
	badLine: number | null;
	/** The packed entries, split only while the occurrence is built so the pieces die young. */
	entries: string;
}

function unpack(occurrence: string, entries: string): Grouped {
	const [line, uid, start, end, title, badLine] = occurrence.split(FIELD_SEPARATOR);
	return {
		line: Number(line),
		uid,
		start: Number(start),
		end: end === '' ? null : Number(end),
		title: title.trim(),
		badLine: badLine === '' ? null : Number(badLine),
		entries
	};
}

/** ENTRY_FIELDS texts per row, rows in line order. */
function entriesOf({ entries }: Grouped): string[] {
	const fields = entries.split(FIELD_SEPARATOR);
	const lines: number[] = [];
	let sorted = true;
	for (let i = 0; i < fields.length; i += ENTRY_FIELDS) {
		const line = Number(fields[i]);
		sorted &&= lines.length === 0 || lines[lines.length - 1] < line;
		lines.push(line);
	}
	if (sorted) return fields;
	return lines
		.map((_, i) => i)
		.sort((a, b) => lines[a] - lines[b])
		.flatMap((i) => fields.slice(i * ENTRY_FIELDS, (i + 1) * ENTRY_FIELDS));
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
	try {
		// One pass over the file groups the rows and finds the first row SQL sees is bad; what is
		// wrong with it is worked out only when there is one.
		const packed = await db.query<{ occurrence: string; entries: string }>(
			groupingSql(rows, checks)
		);
		const grouped = packed.map(({ occurrence, entries }) => unpack(occurrence, entries));
		// Words (responses, all-day) are read while building the occurrences, so the earliest
		// problem of either kind is known only afterwards.
		const read = new OccurrenceReader(columnName, match.organizer !== undefined);
		const occurrences = read.occurrences(grouped);
		let badLine: number | null = null;
		for (const occurrence of grouped) {
			if (occurrence.badLine !== null && (badLine === null || occurrence.badLine < badLine))
				badLine = occurrence.badLine;
		}
		if (badLine !== null && !(read.problem && read.problem.line < badLine))
			throw await problemOnLine(db, fileName, rows, checks, badLine, columnName);
		if (read.problem) throw new InputError(fileName, read.problem.text, read.problem.line);
		return { events: new Set(grouped.map(({ uid }) => uid)).size, occurrences };
	} catch (error) {
		throw isInputError(error) ? error : csvReadError(fileName, error);
	}
}

/** Builds occurrences from grouped rows, noting the first row whose words (response, all day) it cannot read. */
class OccurrenceReader {
	problem: { line: number; text: string } | undefined;
	private readonly attendees = new AttendeeList();
	private readonly responses = new Map<string, PartStat | undefined>();

	constructor(
		private readonly columnName: (part: MeetingsPart) => string,
		private readonly hasOrganizer: boolean
	) {}

	occurrences(grouped: readonly Grouped[]): OccurrenceRecord[] {
		// The organizer column either marks the organizer's row (yes/no) or names the organizer on
		// every row; only yes/no words throughout mean the first.
		let organizerMarksRows = true;
		for (let g = 0; g < grouped.length && organizerMarksRows && this.hasOrganizer; g++) {
			const entries = grouped[g].entries.split(FIELD_SEPARATOR);
			for (let i = 2; i < entries.length && organizerMarksRows; i += ENTRY_FIELDS)
				organizerMarksRows = parseYesNo(entries[i]) !== null;
		}
		// A meeting id seen with several starts is a recurring series, one occurrence per start.
		const starts = new Map<string, number>();
		for (const { uid } of grouped) starts.set(uid, (starts.get(uid) ?? 0) + 1);
		return grouped.map((occurrence) => {
			const entries = entriesOf(occurrence);
			let allDay = false;
			let cancelled = false;
			for (let i = 0; i < entries.length; i += ENTRY_FIELDS) {
				const text = entries[i + 1];
				const organizer = entries[i + 2];
				const response = entries[i + 3];
				const allDayText = entries[i + 4];
				if (!organizerMarksRows) {
					const named = parseAttendee(organizer);
					if (named) {
						named.organizer = true;
						this.attendees.add(named);
					}
				}
				const rowAllDay = parseYesNo(allDayText);
				if (rowAllDay === null) {
					this.note(entries[i], 'allDay', `"${allDayText.trim()}" is not true or false`);
				}
				allDay ||= rowAllDay === true;
				cancelled ||= CANCELLED.test(entries[i + 5]);
				const partstat = this.response(response);
				if (partstat === null) {
					this.note(
						entries[i],
						'response',
						`"${response.trim()}" is not a response (accepted, declined, tentative, needs-action or delegated)`
					);
				}
				// A row without an attendee still gives the meeting; it just adds nobody.
				const attendee = parseAttendee(text);
				if (!attendee) continue;
				attendee.partstat = partstat ?? null;
				attendee.organizer = organizerMarksRows && parseYesNo(organizer) === true;
				this.attendees.add(attendee);
			}
			return {
				uid: occurrence.uid,
				occurrenceKey: occurrence.start,
				start: occurrence.start,
				end: occurrence.end ?? occurrence.start + (allDay ? DAY_MS : 0),
				title: occurrence.title,
				allDay,
				cancelled,
				recurring: (starts.get(occurrence.uid) as number) > 1,
				attendees: this.attendees.take(),
				line: occurrence.line
			};
		});
	}

	/** A file has a handful of distinct responses, so each is read once. */
	private response(text: string): PartStat | undefined {
		if (!this.responses.has(text)) this.responses.set(text, responseOf(text));
		return this.responses.get(text);
	}

	private note(lineText: string, part: MeetingsPart, problem: string): void {
		const line = Number(lineText);
		if (!this.problem || line < this.problem.line)
			this.problem = { line, text: `the ${this.columnName(part)} ${problem}` };
	}
}
