// Reads Outlook's CSV calendar export (File › Open & Export › Import/Export › Comma Separated Values): one row per occurrence.
import type { Queryable } from '../../db/types';
import { matchColumns } from '../columns';
import { csvColumn, csvReadError, csvRowsSql, type CsvLayout } from '../csvTable';
import { InputError } from '../errors';
import {
	DAY_MS,
	dateMs,
	detectDateOrder,
	splitDate,
	timeMs,
	type DateOrder,
	type DateText
} from './dates';
import {
	AttendeeList,
	FIELD_SEPARATOR,
	packedSql,
	parseAttendee,
	parseYesNo
} from './meetingsShared';
import type { OccurrenceRecord, ParsedCalendar } from './types';

/** Outlook's own header names; localised Outlook versions write other names, which are not recognised. */
const OUTLOOK_COLUMNS = {
	subject: ['subject'],
	startDate: ['start date'],
	startTime: ['start time'],
	endDate: ['end date'],
	endTime: ['end time'],
	allDay: ['all day event'],
	organizer: ['meeting organizer'],
	required: ['required attendees'],
	optional: ['optional attendees']
} as const;

type OutlookPart = keyof typeof OUTLOOK_COLUMNS;
const PARTS = Object.keys(OUTLOOK_COLUMNS) as OutlookPart[];

type OutlookRow = Record<OutlookPart, string> & { line: number };

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

/** When the organizer cancels, Outlook renames the meeting in each attendee's calendar to "Canceled: <subject>". */
const CANCELED = /^cancel+ed:\s*/i;

/**
 * cyrb53's mixing (public domain), keeping all 64 bits. Outlook's CSV has no UID, and the same
 * meeting in two people's exports must get the same one: this is synchronous and gives the same
 * result in every browser and in Node (crypto.subtle is async), and at 64 bits two of even a
 * million meetings practically never clash.
 */
function hash64(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ char, 2654435761);
		h2 = Math.imul(h2 ^ char, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

export async function readOutlookCsv(
	db: Queryable,
	fileName: string,
	path: string,
	layout: CsvLayout,
	options: OutlookOptions = {}
): Promise<ParsedCalendar> {
	if (!isOutlookHeader(layout.header)) {
		throw new InputError(
			fileName,
			`not an Outlook calendar export (needs Subject, Start Date and Meeting Organizer or attendee columns); found columns: ${layout.header.join(', ')}`,
			1
		);
	}
	const match = matchColumns(layout.header, OUTLOOK_COLUMNS);
	const fields = PARTS.map((part) => {
		const index = match[part];
		return index === undefined ? 'NULL' : csvColumn(index);
	});
	let packed: { line: number; fields: string }[];
	try {
		packed = await db.query(
			`SELECT line, ${packedSql(fields)} AS fields FROM ${csvRowsSql(path, layout)} ORDER BY line`
		);
	} catch (error) {
		throw csvReadError(fileName, error);
	}
	const rows = packed.map(unpack);
	const columnName = (part: OutlookPart) => layout.header[match[part] as number];
	const order = options.dateOrder ?? detectDateOrder(fileName, datesOf(rows, columnName));
	const reader = new RowReader(fileName, order, columnName);
	return { events: rows.length, occurrences: rows.map((row) => reader.occurrence(row)) };
}

function unpack({ line, fields }: { line: number; fields: string }): OutlookRow {
	const values = fields.split(FIELD_SEPARATOR);
	const row = { line } as OutlookRow;
	for (let i = 0; i < PARTS.length; i++) row[PARTS[i]] = values[i].trim();
	return row;
}

function* datesOf(
	rows: readonly OutlookRow[],
	columnName: (part: OutlookPart) => string
): Generator<DateText> {
	for (const row of rows) {
		for (const part of ['startDate', 'endDate'] as const) {
			if (row[part]) yield { text: row[part], column: columnName(part), line: row.line };
		}
	}
}

/** Turns rows into occurrences once the date order is known; every problem names the row's line. */
class RowReader {
	private readonly attendees = new AttendeeList();

	constructor(
		private readonly fileName: string,
		private readonly order: DateOrder,
		private readonly columnName: (part: OutlookPart) => string
	) {}

	occurrence(row: OutlookRow): OccurrenceRecord {
		const allDay = parseYesNo(row.allDay);
		if (allDay === null) this.fail(row, 'allDay', `"${row.allDay}" is not True or False`);
		// Outlook writes local wall-clock times without a zone; they are taken as UTC until a setting
		// says which zone the export was made in.
		const start = this.date(row, 'startDate') + this.time(row, 'startTime');
		// An end time without an end date ends on the start's day.
		const end =
			row.endDate || row.endTime
				? this.date(row, row.endDate ? 'endDate' : 'startDate') + this.time(row, 'endTime')
				: start + (allDay ? DAY_MS : 0);
		if (end < start) {
			throw new InputError(
				this.fileName,
				`the end "${row.endDate} ${row.endTime}" is before the start "${row.startDate} ${row.startTime}"`,
				row.line
			);
		}

		const title = row.subject.replace(CANCELED, '');
		const organizer = parseAttendee(row.organizer);
		if (organizer) {
			organizer.organizer = true;
			this.attendees.add(organizer);
		}
		for (const text of `${row.required};${row.optional}`.split(';')) {
			const attendee = parseAttendee(text);
			if (attendee) this.attendees.add(attendee);
		}
		const organizerKey = organizer?.email ?? organizer?.name?.toLowerCase() ?? '';
		return {
			uid: `outlook-${hash64(`${title.toLowerCase()}\n${start}\n${organizerKey}`)}`,
			occurrenceKey: start,
			start,
			end,
			title,
			allDay,
			cancelled: title !== row.subject,
			recurring: false,
			attendees: this.attendees.take(),
			line: row.line
		};
	}

	private date(row: OutlookRow, part: OutlookPart): number {
		const text = row[part];
		if (!text) this.fail(row, part, 'is empty');
		const parts = splitDate(text);
		if (!parts) this.fail(row, part, `"${text}" is not a date`);
		const ms = dateMs(parts, this.order);
		if (ms === null) {
			const reading = this.order === 'mdy' ? 'month/day/year' : 'day/month/year';
			this.fail(
				row,
				part,
				`"${text}" is not a valid date${parts.order ? '' : ` (read as ${reading})`}`
			);
		}
		return ms;
	}

	/** An empty time is midnight, as for a date without a time. */
	private time(row: OutlookRow, part: OutlookPart): number {
		if (!row[part]) return 0;
		const ms = timeMs(row[part]);
		if (ms === null) this.fail(row, part, `"${row[part]}" is not a time`);
		return ms;
	}

	private fail(row: OutlookRow, part: OutlookPart, problem: string): never {
		throw new InputError(this.fileName, `the ${this.columnName(part)} ${problem}`, row.line);
	}
}
