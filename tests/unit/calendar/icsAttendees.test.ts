// An event's attendees: one record per person, the organizer merged in, however many the event lists.
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/lib/ingest/calendar/ics';
import type { AttendeeRecord } from '../../../src/lib/ingest/calendar/types';
import { ics, vevent } from './helpers';

const named = [
	'ORGANIZER;CN=Ann Ash:mailto:ann@example.org',
	'ATTENDEE;PARTSTAT=ACCEPTED:mailto:ANN@example.org',
	'ATTENDEE;CN=Bo:mailto:bo@example.org',
	'ATTENDEE;CN=Bo Lee;PARTSTAT=DECLINED:mailto:bo@example.org',
	'ATTENDEE;CN=Cy Day:urn:uuid:1',
	'ATTENDEE;CN=cy day;PARTSTAT=TENTATIVE:urn:uuid:2'
];

const merged: AttendeeRecord[] = [
	{ email: 'ann@example.org', name: 'Ann Ash', partstat: 'ACCEPTED', organizer: true },
	{ email: 'bo@example.org', name: 'Bo', partstat: 'DECLINED', organizer: false },
	{ email: null, name: 'Cy Day', partstat: 'TENTATIVE', organizer: false }
];

function attendeesOf(lines: string[]): AttendeeRecord[] {
	const event = vevent('UID:m', 'DTSTART:20260105T090000Z', 'DTEND:20260105T100000Z', ...lines);
	return parseIcs('m.ics', ics(...event)).occurrences[0].attendees;
}

describe("reading an event's attendees", () => {
	it('merges a person listed twice (by email, or by name without one) and the organizer', () => {
		expect(attendeesOf(named)).toEqual(merged);
	});

	it('merges alike in a large meeting, where people are found by a map', () => {
		const others = Array.from({ length: 40 }, (_, i) => `ATTENDEE:mailto:p${i}@example.org`);
		const attendees = attendeesOf([...named, ...others]);
		expect(attendees).toHaveLength(43);
		expect(attendees.slice(0, 3)).toEqual(merged);
		// The organizer listed last among many is still merged, not added.
		const organizerLast = attendeesOf([...named.slice(1), ...others, named[0]]);
		expect(organizerLast.filter((a) => a.email === 'ann@example.org')).toEqual([merged[0]]);
	});

	it('leaves out rooms, resources and groups invited as one line, which are not people', () => {
		const booked = [
			'ATTENDEE;CN=Ops Room;CUTYPE=ROOM:urn:uuid:3',
			'ATTENDEE;CUTYPE=resource;CN=Projector:mailto:projector@example.org',
			// Google's rooms, should a line come without its CUTYPE.
			'ATTENDEE;CN=Board room:mailto:c_1883@resource.calendar.google.com',
			// As Google exports a group: the list's members are not named.
			'ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Design team;X-NUM-GUESTS=0:mailto:design@example.org'
		];
		expect(attendeesOf([...named, ...booked])).toEqual(merged);
		// A person's line with CUTYPE=INDIVIDUAL (or none) stays.
		expect(attendeesOf(['ATTENDEE;CUTYPE=INDIVIDUAL;CN=Di:mailto:di@example.org'])).toEqual([
			{ email: 'di@example.org', name: 'Di', partstat: null, organizer: false }
		]);
	});
});
