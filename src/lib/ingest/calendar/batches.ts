// Turns parsed occurrences into Arrow IPC batches where they are parsed (a worker in the browser): three byte buffers
// cross to DuckDB instead of a million attendee objects, and identities are numbered per file, without the database.
import { Table, makeVector, tableToIPC, type Data } from 'apache-arrow';
import {
	boolColumn,
	float64Column,
	int32Column,
	nullableInt32Column,
	utf8Column
} from '../../db/arrowColumns';
import type { ParsedCalendar } from './types';

/** One file's (or one part of a file's) calendar, ready for storeCalendar. */
export interface CalendarBatches {
	/** Event definitions read, before expansion. */
	events: number;
	occurrences: number;
	/** TZIDs nothing defines, whose times were read as UTC. */
	unknownZones: string[];
	/**
	 * Columns occurrence (0-based in this batch), line, uid, occurrence_key, start_ms, end_ms, title, all_day, cancelled,
	 * recurring, sequence, series_sequence, attendees_of.
	 */
	occurrenceIpc: Uint8Array;
	/** Columns identity (0-based in this batch), email, name: each distinct (email, display name) named. */
	identityIpc: Uint8Array;
	/** Columns occurrence, identity (both batch numbers), declined, organizer: once per attendee list (see attendees_of). */
	attendanceIpc: Uint8Array;
}

function ipc(columns: Record<string, Data>): Uint8Array {
	const vectors = Object.fromEntries(
		Object.entries(columns).map(([name, data]) => [name, makeVector(data)])
	);
	return tableToIPC(new Table(vectors), 'stream');
}

/**
 * Numbers each distinct (email, name). An address nearly always comes with one name, so it is looked up by email and
 * its first name compared, and only an address seen with several names keeps a map of them: a million lookups each
 * cost one map read.
 */
function identityNumbers() {
	const byEmail = new Map<
		string | null,
		{ name: string | null; identity: number; otherNames?: Map<string | null, number> }
	>();
	const emails: (string | null)[] = [];
	const names: (string | null)[] = [];
	const add = (email: string | null, name: string | null) => {
		emails.push(email);
		names.push(name);
		return emails.length - 1;
	};
	return {
		emails,
		names,
		number(email: string | null, name: string | null): number {
			const known = byEmail.get(email);
			if (!known) {
				const identity = add(email, name);
				byEmail.set(email, { name, identity });
				return identity;
			}
			if (known.name === name) return known.identity;
			known.otherNames ??= new Map();
			let identity = known.otherNames.get(name);
			if (identity === undefined) {
				identity = add(email, name);
				known.otherNames.set(name, identity);
			}
			return identity;
		}
	};
}

export function calendarBatches(calendar: ParsedCalendar): CalendarBatches {
	const occurrences = calendar.occurrences;
	// A series' instances share their master's attendee array (see icsOccurrences): its attendance is written once, under
	// the first occurrence that has it, and the others name that one as their attendees_of.
	const firstWithAttendees = new Map<readonly unknown[], number>();
	const attendeesOf = new Int32Array(occurrences.length);
	let rows = 0;
	for (let i = 0; i < occurrences.length; i++) {
		const attendees = occurrences[i].attendees;
		const first = firstWithAttendees.get(attendees);
		if (first === undefined) {
			firstWithAttendees.set(attendees, i);
			rows += attendees.length;
		}
		attendeesOf[i] = first ?? i;
	}
	const occurrence = new Int32Array(rows);
	const identity = new Int32Array(rows);
	const declined: boolean[] = new Array(rows);
	const organizer: boolean[] = new Array(rows);
	const identities = identityNumbers();
	let row = 0;
	for (let i = 0; i < occurrences.length; i++) {
		if (attendeesOf[i] !== i) continue;
		for (const attendee of occurrences[i].attendees) {
			occurrence[row] = i;
			identity[row] = identities.number(attendee.email, attendee.name);
			declined[row] = attendee.partstat === 'DECLINED';
			organizer[row] = attendee.organizer;
			row++;
		}
	}
	return {
		events: calendar.events,
		occurrences: occurrences.length,
		unknownZones: calendar.unknownZones,
		occurrenceIpc: ipc({
			occurrence: int32Column(Int32Array.from(occurrences, (_, i) => i)),
			line: int32Column(Int32Array.from(occurrences, (o) => o.line)),
			uid: utf8Column(occurrences.map((o) => o.uid)),
			// Milliseconds fit exactly in a double; DuckDB casts them to BIGINT on insert.
			occurrence_key: float64Column(Float64Array.from(occurrences, (o) => o.occurrenceKey)),
			start_ms: float64Column(Float64Array.from(occurrences, (o) => o.start)),
			end_ms: float64Column(Float64Array.from(occurrences, (o) => o.end)),
			title: utf8Column(occurrences.map((o) => o.title)),
			all_day: boolColumn(occurrences.map((o) => o.allDay)),
			cancelled: boolColumn(occurrences.map((o) => o.cancelled)),
			recurring: boolColumn(occurrences.map((o) => o.recurring)),
			sequence: nullableInt32Column(occurrences.map((o) => o.sequence)),
			series_sequence: nullableInt32Column(occurrences.map((o) => o.seriesSequence)),
			attendees_of: int32Column(attendeesOf)
		}),
		identityIpc: ipc({
			identity: int32Column(Int32Array.from(identities.emails, (_, i) => i)),
			email: utf8Column(identities.emails),
			name: utf8Column(identities.names)
		}),
		attendanceIpc: ipc({
			occurrence: int32Column(occurrence),
			identity: int32Column(identity),
			declined: boolColumn(declined),
			organizer: boolColumn(organizer)
		})
	};
}

/** The buffers to transfer, not copy, when batches cross from a worker. */
export function batchBuffers(batches: CalendarBatches): ArrayBuffer[] {
	return [batches.occurrenceIpc, batches.identityIpc, batches.attendanceIpc].map(
		(bytes) => bytes.buffer as ArrayBuffer
	);
}
