// Writes a calendar into DuckDB: staged (from Arrow batches, or by the CSV readers' SQL), then numbered into the workspace's tables.
import type { Queryable } from '../../db/types';
import { IDENTITIES_ARE_NUMBERED } from '../schema';
import type { CalendarBatches } from './batches';

/** Removes what an earlier import of the same file stored. */
async function forgetFile(tx: Queryable, fileName: string): Promise<void> {
	// Most imports bring new files: one look spares deleting from a million attendance rows.
	const [{ stored }] = await tx.query<{ stored: boolean }>(
		`SELECT EXISTS (SELECT 1 FROM meeting_occurrences WHERE source_file = ?)
			OR EXISTS (SELECT 1 FROM calendar_files WHERE source_file = ?) AS stored`,
		[fileName, fileName]
	);
	if (!stored) return;
	await tx.query(
		`DELETE FROM meeting_attendance WHERE occurrence IN
			(SELECT occurrence FROM meeting_occurrences WHERE source_file = ?)`,
		[fileName]
	);
	await tx.query('DELETE FROM meeting_occurrences WHERE source_file = ?', [fileName]);
	await tx.query('DELETE FROM calendar_files WHERE source_file = ?', [fileName]);
	await tx.query('DELETE FROM calendar_unknown_zones WHERE source_file = ?', [fileName]);
}

/**
 * Drops the identities no attendance names any more (a replaced export's old addresses, which would still match
 * display names), then numbers the rest 0..n-1 again, as the meeting index's quick path needs. Run once an import
 * that replaced calendars has stored them all, so that identities its files still name keep their numbers.
 */
export async function forgetUnattendedIdentities(tx: Queryable): Promise<void> {
	await tx.query(`DELETE FROM calendar_identities c
		WHERE NOT EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.identity = c.identity)`);
	const [{ numbered }] = await tx.query<{ numbered: boolean }>(
		`SELECT ${IDENTITIES_ARE_NUMBERED} AS numbered`
	);
	if (numbered) return;
	await tx.query(`CREATE OR REPLACE TEMP TABLE renumbered AS
		SELECT identity AS old, (row_number() OVER (ORDER BY identity) - 1)::INTEGER AS new FROM calendar_identities`);
	for (const table of ['meeting_attendance', 'calendar_identities'])
		await tx.query(`UPDATE ${table} t SET identity = r.new FROM renumbered r
			WHERE t.identity = r.old AND r.old <> r.new`);
	await tx.query('DROP TABLE renumbered');
}

/** The staged tables: occurrences and identities numbered from 0 within the stage, attendance referring to both. */
const STAGING = {
	staged_occurrences: 'SELECT * EXCLUDE (source_file) FROM meeting_occurrences LIMIT 0',
	staged_identities: 'SELECT * FROM calendar_identities LIMIT 0',
	staged_attendance: 'SELECT * FROM meeting_attendance LIMIT 0'
};

async function storeBatch(tx: Queryable, fileName: string, batch: CalendarBatches): Promise<void> {
	for (const [table, shape] of Object.entries(STAGING))
		await tx.query(`CREATE OR REPLACE TEMP TABLE ${table} AS ${shape}`);
	await tx.insertArrowIpc('staged_occurrences', batch.occurrenceIpc);
	await tx.insertArrowIpc('staged_identities', batch.identityIpc);
	await tx.insertArrowIpc('staged_attendance', batch.attendanceIpc);
	await storeStaged(tx, fileName);
}

/**
 * Appends the staged tables and drops them: occurrences numbered after the workspace's, identities matched to the
 * workspace's (email and name, nulls equal) or added after them, and attendance renumbered through both.
 */
async function storeStaged(tx: Queryable, fileName: string): Promise<void> {
	const [{ first }] = await tx.query<{ first: number }>(
		'SELECT coalesce(max(occurrence) + 1, 0)::INTEGER AS first FROM meeting_occurrences'
	);
	await tx.query(
		`INSERT INTO meeting_occurrences BY NAME
		SELECT ? AS source_file, * REPLACE (occurrence + ? AS occurrence, attendees_of + ? AS attendees_of)
		FROM staged_occurrences`,
		[fileName, first, first]
	);
	await tx.query(`INSERT INTO calendar_identities
		SELECT (SELECT coalesce(max(identity) + 1, 0) FROM calendar_identities) + row_number() OVER (ORDER BY s.identity) - 1,
			s.email, s.name
		FROM staged_identities s ANTI JOIN calendar_identities c
			ON c.email IS NOT DISTINCT FROM s.email AND c.name IS NOT DISTINCT FROM s.name`);
	// Staged identities are numbered from 0, so the workspace's number of each is looked up in one list: attendance
	// keeps the order staged (each occurrence's attendees as the file lists them), which a join need not keep.
	await tx.query(
		`INSERT INTO meeting_attendance
		SELECT a.occurrence + ?, m.identities[a.identity + 1], a.declined, a.organizer
		FROM staged_attendance a, (
			SELECT list(identity ORDER BY staged) AS identities FROM (
				SELECT s.identity AS staged, min(c.identity) AS identity
				FROM staged_identities s JOIN calendar_identities c
					ON c.email IS NOT DISTINCT FROM s.email AND c.name IS NOT DISTINCT FROM s.name
				GROUP BY s.identity)) m`,
		[first]
	);
	for (const table of Object.keys(STAGING)) await tx.query(`DROP TABLE ${table}`);
}

/** Stores a file's calendar, read whole or in parts, in place of anything stored earlier under its name. */
export async function storeCalendar(
	tx: Queryable,
	fileName: string,
	parts: readonly CalendarBatches[]
): Promise<void> {
	await forgetFile(tx, fileName);
	const events = parts.reduce((n, part) => n + part.events, 0);
	await tx.query('INSERT INTO calendar_files VALUES (?, ?)', [fileName, events]);
	for (const tzid of new Set(parts.flatMap((part) => part.unknownZones)))
		await tx.query('INSERT INTO calendar_unknown_zones VALUES (?, ?)', [fileName, tzid]);
	for (const part of parts) if (part.occurrences > 0) await storeBatch(tx, fileName, part);
}

/** Stores a calendar a CSV reader staged in SQL (tables shaped as STAGING), in place of anything stored earlier under its name. */
export async function storeStagedCalendar(
	tx: Queryable,
	fileName: string,
	events: number
): Promise<void> {
	await forgetFile(tx, fileName);
	await tx.query('INSERT INTO calendar_files VALUES (?, ?)', [fileName, events]);
	await storeStaged(tx, fileName);
}
