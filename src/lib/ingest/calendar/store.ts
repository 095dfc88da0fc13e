// Writes parsed calendar occurrences into DuckDB as Arrow batches: a million attendance rows go in without SQL text.
import { Table, makeVector, tableToIPC, type Data } from 'apache-arrow';
import { boolColumn, float64Column, int32Column, utf8Column } from '../../db/arrowColumns';
import type { Queryable } from '../../db/types';
import type { ParsedCalendar } from './types';

function insert(tx: Queryable, table: string, columns: Record<string, Data>): Promise<void> {
	const vectors = Object.fromEntries(
		Object.entries(columns).map(([name, data]) => [name, makeVector(data)])
	);
	return tx.insertArrowIpc(table, tableToIPC(new Table(vectors), 'stream'));
}

/** Removes what an earlier import of the same file stored. */
async function forgetFile(tx: Queryable, fileName: string): Promise<void> {
	await tx.query(
		`DELETE FROM meeting_attendance WHERE occurrence IN
			(SELECT occurrence FROM meeting_occurrences WHERE source_file = ?)`,
		[fileName]
	);
	await tx.query('DELETE FROM meeting_occurrences WHERE source_file = ?', [fileName]);
	await tx.query('DELETE FROM calendar_files WHERE source_file = ?', [fileName]);
}

export async function storeCalendar(
	tx: Queryable,
	fileName: string,
	calendar: ParsedCalendar
): Promise<void> {
	await forgetFile(tx, fileName);
	await tx.query('INSERT INTO calendar_files VALUES (?, ?)', [fileName, calendar.events]);
	const occurrences = calendar.occurrences;
	if (occurrences.length === 0) return;
	const [{ first }] = await tx.query<{ first: number }>(
		'SELECT coalesce(max(occurrence) + 1, 0)::INTEGER AS first FROM meeting_occurrences'
	);
	// The occurrences' file name goes in through a staging table, rather than repeated in Arrow.
	await tx.query(
		'CREATE OR REPLACE TEMP TABLE staged_occurrences AS SELECT * EXCLUDE (source_file) FROM meeting_occurrences LIMIT 0'
	);
	await insert(tx, 'staged_occurrences', {
		occurrence: int32Column(Int32Array.from(occurrences, (_, i) => first + i)),
		line: int32Column(Int32Array.from(occurrences, (o) => o.line)),
		uid: utf8Column(occurrences.map((o) => o.uid)),
		// Milliseconds fit exactly in a double; DuckDB casts them to BIGINT on insert.
		occurrence_key: float64Column(Float64Array.from(occurrences, (o) => o.occurrenceKey)),
		start_ms: float64Column(Float64Array.from(occurrences, (o) => o.start)),
		end_ms: float64Column(Float64Array.from(occurrences, (o) => o.end)),
		title: utf8Column(occurrences.map((o) => o.title)),
		all_day: boolColumn(occurrences.map((o) => o.allDay)),
		cancelled: boolColumn(occurrences.map((o) => o.cancelled)),
		recurring: boolColumn(occurrences.map((o) => o.recurring))
	});
	await tx.query(
		'INSERT INTO meeting_occurrences BY NAME SELECT ? AS source_file, * FROM staged_occurrences',
		[fileName]
	);
	await tx.query('DROP TABLE staged_occurrences');

	const identities = await identityNumbers(tx);
	const rows = occurrences.reduce((n, o) => n + o.attendees.length, 0);
	if (rows === 0) return;
	const occurrence = new Int32Array(rows);
	const identity = new Int32Array(rows);
	const declined: boolean[] = new Array(rows);
	const organizer: boolean[] = new Array(rows);
	let row = 0;
	occurrences.forEach((o, i) => {
		for (const attendee of o.attendees) {
			occurrence[row] = first + i;
			identity[row] = identities.number(attendee.email, attendee.name);
			declined[row] = attendee.partstat === 'DECLINED';
			organizer[row] = attendee.organizer;
			row++;
		}
	});
	await identities.storeNew();
	await insert(tx, 'meeting_attendance', {
		occurrence: int32Column(occurrence),
		identity: int32Column(identity),
		declined: boolColumn(declined),
		organizer: boolColumn(organizer)
	});
}

/**
 * Numbers each distinct (email, name) an export names, across the workspace: attendance then holds integers, and
 * matching people to the roster runs over a few thousand identities instead of every attendance.
 */
async function identityNumbers(tx: Queryable) {
	const known = await tx.query<{ identity: number; email: string | null; name: string | null }>(
		'SELECT identity, email, name FROM calendar_identities'
	);
	const key = (email: string | null, name: string | null) => `${email ?? ''}\u0000${name ?? ''}`;
	const numbers = new Map(known.map((row) => [key(row.email, row.name), row.identity]));
	const added: { email: string | null; name: string | null }[] = [];
	return {
		number(email: string | null, name: string | null): number {
			const k = key(email, name);
			let identity = numbers.get(k);
			if (identity === undefined) {
				identity = numbers.size;
				numbers.set(k, identity);
				added.push({ email, name });
			}
			return identity;
		},
		async storeNew(): Promise<void> {
			if (added.length === 0) return;
			await insert(tx, 'calendar_identities', {
				identity: int32Column(Int32Array.from(added, (_, i) => known.length + i)),
				email: utf8Column(added.map((a) => a.email)),
				name: utf8Column(added.map((a) => a.name))
			});
		}
	};
}
