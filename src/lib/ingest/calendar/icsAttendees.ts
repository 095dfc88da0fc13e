// Reads an event's ATTENDEE and ORGANIZER lines into attendee records, one per person.
import { paramText, propertyText, type JCalProperty } from './jcal';
import type { AttendeeRecord, PartStat } from './types';

const PARTSTATS = new Set<string>([
	'ACCEPTED',
	'DECLINED',
	'TENTATIVE',
	'NEEDS-ACTION',
	'DELEGATED'
]);

/** The address in `mailto:x` (any case), else in the EMAIL parameter Apple adds to `urn:uuid:` values. */
function emailOf(property: JCalProperty): string | null {
	const value = propertyText(property).trim();
	let email = /^mailto:/i.test(value) ? value.slice(7) : paramText(property, 'email');
	if (email === undefined && !value.includes(':') && value.includes('@')) email = value;
	email = email?.trim().toLowerCase();
	return email ? email : null;
}

function nameOf(property: JCalProperty): string | null {
	const name = paramText(property, 'cn')?.trim();
	return name ? name : null;
}

function partstatOf(property: JCalProperty): PartStat {
	const partstat = paramText(property, 'partstat')?.toUpperCase();
	return partstat !== undefined && PARTSTATS.has(partstat) ? (partstat as PartStat) : null;
}

/** The record of two mentions of one person: the first one's values, filled from the second's. */
function merged(first: AttendeeRecord, second: AttendeeRecord): AttendeeRecord {
	return {
		email: first.email,
		name: first.name ?? second.name,
		partstat: first.partstat ?? second.partstat,
		organizer: first.organizer || second.organizer
	};
}

function read(property: JCalProperty): AttendeeRecord | null {
	const email = emailOf(property);
	const name = nameOf(property);
	if (email === null && name === null) return null;
	return { email, name, partstat: partstatOf(property), organizer: false };
}

/**
 * Records read before, by line: ical.js's parse shares one jCal property among the events that repeat its line, so
 * each distinct ATTENDEE line is read once. Records are never changed after, which is what lets them be shared.
 */
const readings = new WeakMap<JCalProperty, AttendeeRecord | null>();

function readOnce(property: JCalProperty): AttendeeRecord | null {
	let record = readings.get(property);
	if (record === undefined) readings.set(property, (record = read(property)));
	return record;
}

/** An attendee is the same person as another with the same email, or with the same name when neither has one. */
function identity(attendee: AttendeeRecord): string {
	return attendee.email ?? `name:${attendee.name?.toLowerCase()}`;
}

/**
 * One record per person: a person listed twice appears once, and the organizer is merged with their
 * ATTENDEE line (by email, or by name when the organizer has no email). Lines with neither email
 * nor name cannot be tied to anyone and are left out.
 */
export function readAttendees(
	attendees: readonly JCalProperty[],
	organizer: JCalProperty | undefined
): AttendeeRecord[] {
	const records: AttendeeRecord[] = [];
	const positions = new Map<string, number>();
	for (const property of attendees) {
		const record = readOnce(property);
		if (!record) continue;
		const at = positions.get(identity(record));
		if (at === undefined) {
			positions.set(identity(record), records.length);
			records.push(record);
		} else {
			records[at] = merged(records[at], record);
		}
	}
	const line = organizer && readOnce(organizer);
	if (!line) return records;
	const record = { ...line, organizer: true };
	const name = record.name?.toLowerCase();
	const at =
		record.email !== null
			? (positions.get(record.email) ?? -1)
			: records.findIndex((attendee) => attendee.name?.toLowerCase() === name);
	if (at === -1) return [record, ...records];
	records[at] = merged(records[at], record);
	return records;
}
