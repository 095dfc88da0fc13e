// Reads one VEVENT's jCal into plain data: UTC times, title, status, attendees and, when it recurs, its schedule.
import ICAL from 'ical.js';
import { InputError } from '../errors';
import { readAttendees } from './icsAttendees';
import type { Instant, Recurrence } from './icsRecurrence';
import { DAY_MS } from './dates';
import { CalendarClock, readDuration, readIcsTime, type IcsTime } from './icsTime';
import type { WallToUtc } from './icsZones';
import { paramText, propertyText, type JCalComponent, type JCalProperty } from './jcal';
import type { AttendeeRecord } from './types';

export interface IcsEvent {
	uid: string;
	/** The line of its BEGIN:VEVENT. */
	line: number;
	/** SUMMARY; undefined when there is none, so that an override can take its series' title. */
	title: string | undefined;
	cancelled: boolean;
	allDay: boolean;
	/** UTC ms. */
	start: number;
	end: number;
	/** undefined when the event lists neither ATTENDEE nor ORGANIZER (again for overrides). */
	attendees: AttendeeRecord[] | undefined;
	/** SEQUENCE, the event's revision; null when absent or not a whole number. */
	sequence: number | null;
	/** RECURRENCE-ID, UTC ms: the instance of its series this event replaces. */
	recurrenceId: number | undefined;
	/** Set when the event has an RRULE or RDATE. */
	recurrence: Recurrence | undefined;
	/** The file line of its RRULE, found only when an error names it; undefined without one. */
	ruleLine: (() => number) | undefined;
}

/** The properties this reader uses, gathered in one pass over the event's lines. */
interface Lines {
	uid?: JCalProperty;
	dtstart?: JCalProperty;
	dtend?: JCalProperty;
	duration?: JCalProperty;
	summary?: JCalProperty;
	status?: JCalProperty;
	organizer?: JCalProperty;
	rrule?: JCalProperty;
	sequence?: JCalProperty;
	recurrenceId?: JCalProperty;
	attendees: JCalProperty[];
	rdates: JCalProperty[];
	exdates: JCalProperty[];
}

function gather(vevent: JCalComponent): Lines {
	const lines: Lines = { attendees: [], rdates: [], exdates: [] };
	for (const property of vevent[1]) {
		switch (property[0]) {
			case 'attendee':
				lines.attendees.push(property);
				break;
			case 'rdate':
				lines.rdates.push(property);
				break;
			case 'exdate':
				lines.exdates.push(property);
				break;
			case 'recurrence-id':
				lines.recurrenceId ??= property;
				break;
			case 'uid':
			case 'dtstart':
			case 'dtend':
			case 'duration':
			case 'summary':
			case 'status':
			case 'organizer':
			case 'rrule':
			case 'sequence':
				lines[property[0]] ??= property;
				break;
		}
	}
	return lines;
}

/** Reads one event's times, failing with the event's file and the line of the property at fault. */
interface TimeReader {
	time(property: JCalProperty, value: unknown): IcsTime;
	/** UTC ms of an RDATE, EXDATE, RECURRENCE-ID or UNTIL value. */
	seriesUtc(property: JCalProperty, value: unknown): number;
	fail(problem: string, property?: JCalProperty): never;
}

/**
 * The file line of an event's property, the `nth` of its name, given the event's BEGIN:VEVENT line: found only for an
 * error about it.
 */
export type PropertyLine = (eventLine: number, name: string, nth: number) => number;

/** A DURATION value ('PT1H', '-P1D') rather than a time, as a PERIOD's second half can be. */
const DURATION = /^[+-]?P/;

function readRdates(rdates: JCalProperty[], read: TimeReader, length: number): Instant[] {
	const instants: Instant[] = [];
	for (const property of rdates) {
		for (const value of property.slice(3)) {
			// A PERIOD (ical.js gives [start, end or duration]) brings its own length.
			const [first, second]: unknown[] = Array.isArray(value) ? value : [value];
			const start = read.seriesUtc(property, first);
			let end = start + length;
			if (typeof second === 'string' && DURATION.test(second)) {
				end =
					start +
					(readDuration(second) ?? read.fail("the event's RDATE has an invalid period", property));
			} else if (second !== undefined) {
				end = read.seriesUtc(property, second);
			}
			instants.push({ start, end: Math.max(end, start), wall: read.time(property, first).wall });
		}
	}
	return instants.sort((a, b) => a.start - b.start);
}

function readExdates(
	exdates: JCalProperty[],
	read: TimeReader,
	allDay: boolean
): Pick<Recurrence, 'exdates' | 'exdays'> {
	const times = new Set<number>();
	const days = new Set<number>();
	for (const property of exdates) {
		for (const value of property.slice(3)) {
			const time = read.time(property, value);
			if (time.isDate && !allDay) days.add(time.wall);
			else times.add(read.seriesUtc(property, value));
		}
	}
	return { exdates: times, exdays: days };
}

type RecurValue = Parameters<typeof ICAL.Recur.fromData>[0] & { until?: unknown };

function readRecurrence(
	lines: Lines,
	read: TimeReader,
	startTime: IcsTime,
	zone: WallToUtc,
	length: number
): Recurrence {
	let rule: ICAL.Recur | undefined;
	let until: number | undefined;
	if (lines.rrule) {
		// UNTIL stays out of the rule: ical.js would compare it with the floating wall-clock times the
		// rule walks, while it is usually written in UTC; expandSeries compares it in UTC instead.
		const { until: untilValue, ...parts } = lines.rrule[3] as RecurValue;
		if (!parts.freq) read.fail("the event's RRULE has no FREQ", lines.rrule);
		rule = ICAL.Recur.fromData(parts);
		if (untilValue !== undefined) {
			const untilTime = read.time(lines.rrule, untilValue);
			// UNTIL as a DATE on a series with times runs through the end of that day.
			until =
				untilTime.isDate && !startTime.isDate
					? zone(untilTime.wall + DAY_MS) - 1
					: read.seriesUtc(lines.rrule, untilValue);
		}
	}
	return {
		startWall: startTime.wall,
		zone,
		allDay: startTime.isDate,
		length,
		rule,
		until,
		rdates: readRdates(lines.rdates, read, length),
		...readExdates(lines.exdates, read, startTime.isDate)
	};
}

const LARGEST_SEQUENCE = 2 ** 31 - 1;

/** SEQUENCE only ranks copies of an event, so one that is not a whole number from 0 is read as absent, not refused. */
function readSequence(property: JCalProperty | undefined): number | null {
	const value = property?.[3];
	return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= LARGEST_SEQUENCE
		? (value as number)
		: null;
}

export function readEvent(
	fileName: string,
	vevent: JCalComponent,
	clock: CalendarClock,
	line: number,
	propertyLine: PropertyLine
): IcsEvent {
	const fail = (problem: string, property?: JCalProperty): never => {
		if (!property) throw new InputError(fileName, problem, line);
		const nth = vevent[1].filter((other) => other[0] === property[0]).indexOf(property);
		throw new InputError(fileName, problem, propertyLine(line, property[0], nth));
	};
	const time = (property: JCalProperty, value: unknown): IcsTime =>
		readIcsTime(value) ??
		fail(`the event's ${property[0].toUpperCase()} is not a valid date or date-time`, property);

	const lines = gather(vevent);
	if (!lines.dtstart) return fail('the event has no DTSTART');
	const startTime = time(lines.dtstart, lines.dtstart[3]);
	const zone = clock.converter(startTime, paramText(lines.dtstart, 'tzid'));
	const start = zone(startTime.wall);
	const read: TimeReader = {
		time,
		fail,
		// A date-time with neither Z nor TZID here is read in DTSTART's zone: that is what exporters
		// mean by it, and instances are matched on exact UTC times.
		seriesUtc(property, value) {
			const written = time(property, value);
			const tzid = paramText(property, 'tzid');
			return tzid || written.utc || written.isDate
				? clock.toUtc(written, tzid)
				: zone(written.wall);
		}
	};

	let end: number;
	if (lines.dtend) {
		end = clock.toUtc(time(lines.dtend, lines.dtend[3]), paramText(lines.dtend, 'tzid'));
	} else if (lines.duration) {
		end =
			start +
			(readDuration(lines.duration[3]) ??
				fail("the event's DURATION is not a valid duration", lines.duration));
	} else {
		// RFC 5545: without DTEND or DURATION a DATE event lasts its day and a DATE-TIME event is an instant.
		end = startTime.isDate ? start + DAY_MS : start;
	}
	// Some exporters write a DTEND before DTSTART; overlap tests need end ≥ start.
	end = Math.max(end, start);

	const uid = lines.uid && propertyText(lines.uid).trim();
	return {
		uid: uid || `${fileName}#${line}`,
		line,
		title: lines.summary && propertyText(lines.summary),
		cancelled: lines.status
			? propertyText(lines.status).trim().toUpperCase() === 'CANCELLED'
			: false,
		allDay: startTime.isDate,
		start,
		end,
		attendees:
			lines.attendees.length > 0 || lines.organizer
				? readAttendees(lines.attendees, lines.organizer)
				: undefined,
		sequence: readSequence(lines.sequence),
		recurrenceId: lines.recurrenceId && read.seriesUtc(lines.recurrenceId, lines.recurrenceId[3]),
		recurrence:
			lines.rrule || lines.rdates.length > 0
				? readRecurrence(lines, read, startTime, zone, end - start)
				: undefined,
		ruleLine: lines.rrule && (() => propertyLine(line, 'rrule', 0))
	};
}
