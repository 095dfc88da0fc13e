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

/**
 * A line's record, and the key of the person it names: an attendee is the same person as another with the same email,
 * or with the same name when neither has one.
 */
interface Reading {
	record: AttendeeRecord;
	key: string;
}

/** Google's address for its rooms and resources, whose lines do carry CUTYPE=RESOURCE when they are exported. */
const GOOGLE_RESOURCE = /@resource\.calendar\.google\.com$/;

/**
 * A room or a resource (a projector, a car) booked with the meeting, or a group invited as one line (a mailing list,
 * whose members the file does not name): not a person who collaborates, and as a node it would tie everyone it met.
 */
function isNotAPerson(property: JCalProperty, email: string | null): boolean {
	const cutype = paramText(property, 'cutype')?.toUpperCase();
	return (
		cutype === 'ROOM' ||
		cutype === 'RESOURCE' ||
		cutype === 'GROUP' ||
		(email !== null && GOOGLE_RESOURCE.test(email))
	);
}

function read(property: JCalProperty): Reading | null {
	const email = emailOf(property);
	const name = nameOf(property);
	if ((email === null && name === null) || isNotAPerson(property, email)) return null;
	return {
		record: { email, name, partstat: partstatOf(property), organizer: false },
		key: email ?? `name:${name?.toLowerCase()}`
	};
}

/**
 * Records read before, by line: ical.js's parse shares one jCal property among the events that repeat its line, so
 * each distinct ATTENDEE line is read once. Records are never changed after, which is what lets them be shared.
 */
const readings = new WeakMap<JCalProperty, Reading | null>();

function readOnce(property: JCalProperty): Reading | null {
	let reading = readings.get(property);
	if (reading === undefined) readings.set(property, (reading = read(property)));
	return reading;
}

/** Above this many attendees, people are found again by a map rather than by a look along the list. */
const FEW_ATTENDEES = 32;

/**
 * One record per person: a person listed twice appears once, and the organizer is merged with their
 * ATTENDEE line (by email, or by name when the organizer has no email). Lines with neither email
 * nor name cannot be tied to anyone and are left out, as are rooms, resources and groups.
 */
export function readAttendees(
	attendees: readonly JCalProperty[],
	organizer: JCalProperty | undefined
): AttendeeRecord[] {
	const records: AttendeeRecord[] = [];
	const keys: string[] = [];
	const positions = attendees.length > FEW_ATTENDEES ? new Map<string, number>() : undefined;
	for (const property of attendees) {
		const reading = readOnce(property);
		if (!reading) continue;
		const at = positions ? (positions.get(reading.key) ?? -1) : keys.indexOf(reading.key);
		if (at === -1) {
			positions?.set(reading.key, records.length);
			keys.push(reading.key);
			records.push(reading.record);
		} else {
			records[at] = merged(records[at], reading.record);
		}
	}
	const line = organizer && readOnce(organizer);
	if (!line) return records;
	const record = { ...line.record, organizer: true };
	const name = record.name?.toLowerCase();
	const at =
		record.email !== null
			? positions
				? (positions.get(record.email) ?? -1)
				: keys.indexOf(record.email)
			: records.findIndex((attendee) => attendee.name?.toLowerCase() === name);
	if (at === -1) return [record, ...records];
	records[at] = merged(records[at], record);
	return records;
}
