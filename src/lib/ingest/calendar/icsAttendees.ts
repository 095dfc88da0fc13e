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

function merge(into: AttendeeRecord, from: AttendeeRecord): void {
	into.organizer ||= from.organizer;
	into.name ??= from.name;
	into.partstat ??= from.partstat;
}

function read(property: JCalProperty, organizer: boolean): AttendeeRecord | null {
	const email = emailOf(property);
	const name = nameOf(property);
	if (email === null && name === null) return null;
	return { email, name, partstat: partstatOf(property), organizer };
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
	const known = new Map<string, AttendeeRecord>();
	for (const property of attendees) {
		const record = read(property, false);
		if (!record) continue;
		const same = known.get(identity(record));
		if (same) {
			merge(same, record);
		} else {
			known.set(identity(record), record);
			records.push(record);
		}
	}
	const record = organizer && read(organizer, true);
	if (!record) return records;
	const name = record.name?.toLowerCase();
	const same =
		record.email !== null
			? known.get(record.email)
			: records.find((attendee) => attendee.name?.toLowerCase() === name);
	if (!same) return [record, ...records];
	merge(same, record);
	return records;
}
