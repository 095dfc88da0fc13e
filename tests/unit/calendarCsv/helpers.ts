// Reads a calendar CSV fixture or text through real DuckDB-WASM, the way an import does (register the bytes, read the
// layout, stage and store the calendar in one transaction), and gives back what the workspace's tables hold.
import { readFileSync } from 'node:fs';
import type { Database, Queryable } from '../../../src/lib/db/types';
import type { OccurrenceRecord } from '../../../src/lib/ingest/calendar/types';
import { storeStagedCalendar } from '../../../src/lib/ingest/calendar/store';
import {
	readCsvLayout,
	withRegisteredFiles,
	type CsvLayout
} from '../../../src/lib/ingest/csvTable';
import { clearWorkspace } from '../../../src/lib/ingest/schema';

export function fixture(name: string): Uint8Array {
	return readFileSync(new URL(`../../fixtures/calendarCsv/${name}`, import.meta.url));
}

export interface StoredAttendee {
	email: string | null;
	name: string | null;
	declined: boolean;
	organizer: boolean;
}

export type StoredOccurrence = Omit<OccurrenceRecord, 'attendees'> & {
	attendees: StoredAttendee[];
};

export interface StoredCalendar {
	events: number;
	occurrences: StoredOccurrence[];
}

type Stage = (
	tx: Queryable,
	path: string,
	layout: CsvLayout
) => Promise<{ events: number; occurrences: number }>;

/** The calendar stored in an otherwise empty workspace: occurrences in order, each one's attendees in the order stored. */
async function storedCalendar(tx: Queryable): Promise<StoredCalendar> {
	const [{ events }] = await tx.query<{ events: number }>(
		'SELECT coalesce(sum(events), 0) AS events FROM calendar_files'
	);
	const occurrences = await tx.query<StoredOccurrence & { occurrence: number }>(
		`SELECT occurrence, uid, occurrence_key AS "occurrenceKey", start_ms AS start, end_ms AS "end", title,
			all_day AS "allDay", cancelled, recurring, line
		FROM meeting_occurrences ORDER BY occurrence`
	);
	const attendance = await tx.query<StoredAttendee & { occurrence: number }>(
		`SELECT a.occurrence, i.email, i.name, a.declined, a.organizer
		FROM (SELECT rowid AS stored, * FROM meeting_attendance) a JOIN calendar_identities i USING (identity)
		ORDER BY a.stored`
	);
	return {
		events,
		occurrences: occurrences.map(({ occurrence, ...rest }) => ({
			...rest,
			attendees: attendance
				.filter((a) => a.occurrence === occurrence)
				.map(({ email, name, declined, organizer }) => ({ email, name, declined, organizer }))
		}))
	};
}

export async function readCsv(
	db: Database,
	fileName: string,
	content: Uint8Array | string,
	stage: Stage
): Promise<StoredCalendar> {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	return withRegisteredFiles(db, [{ bytes }], ([path]) =>
		db.transaction(async (tx) => {
			await clearWorkspace(tx);
			const { events } = await stage(tx, path, await readCsvLayout(tx, fileName, path));
			await storeStagedCalendar(tx, fileName, events);
			return storedCalendar(tx);
		})
	);
}

/** The message of the error `work` throws. */
export async function errorOf(work: Promise<unknown>): Promise<string> {
	try {
		await work;
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected an error');
}

/** UTC epoch ms, months counted from 1. */
export function utc(year: number, month: number, day: number, hours = 0, minutes = 0): number {
	return Date.UTC(year, month - 1, day, hours, minutes);
}
