// Reads an iCalendar (.ics) file, as Google Calendar, Outlook and Apple Calendar export it, into meeting occurrences.
import { InputError, isInputError } from '../errors';
import { readEvent, type IcsEvent } from './icsEvent';
import { occurrencesOf, startExpansion, type Expansion } from './icsOccurrences';
import { errorLine, parseCalendars, veventLines } from './icsSyntax';
import { CalendarClock } from './icsTime';
import { IcsZones } from './icsZones';
import { splitCalendar } from './icsChunks';
import { calendarShare } from './icsParts';
import { componentText, type JCalComponent } from './jcal';
import type { ExpansionWindow, ParsedCalendar } from './types';

export interface IcsOptions {
	/** Expand recurring events, and keep occurrences, only where they overlap [from, to). */
	window?: ExpansionWindow;
	/** A safety cap on the occurrences one series (with its overrides) produces. */
	maxOccurrencesPerSeries?: number;
	/** Called as a large file's events are parsed, with the share done (0..1). */
	onProgress?: (fraction: number) => void;
	/** Events per ical.js run in a large file (default 5000). */
	eventsPerChunk?: number;
	/** Read only this share of the events (every event of a UID in the same part), for workers side by side. */
	part?: { index: number; count: number };
}

/** A VCALENDAR as jCal, with the X-WR-TIMEZONE its floating times are read in. */
interface CalendarPart {
	calendar: JCalComponent;
	floatingZone: string | undefined;
}

/** Parses a large file run by run, reporting progress; a run ical.js rejects sends the whole file to ical.js for its exact error. */
function parseInParts(fileName: string, text: string, options: IcsOptions): CalendarPart[] {
	const split = splitCalendar(text, options.eventsPerChunk);
	if (!split) {
		return parseCalendars(fileName, text).map((calendar) => ({
			calendar,
			floatingZone: componentText(calendar, 'x-wr-timezone')
		}));
	}
	const [frame] = parseCalendars(fileName, split.frame);
	const floatingZone = componentText(frame, 'x-wr-timezone');
	const parts: CalendarPart[] = [{ calendar: frame, floatingZone }];
	for (const [i, chunk] of split.chunks.entries()) {
		try {
			parts.push(
				...parseCalendars(fileName, chunk.text).map((calendar) => ({ calendar, floatingZone }))
			);
		} catch {
			parseCalendars(fileName, text);
			throw new InputError(fileName, 'the calendar could not be read in parts', chunk.firstLine);
		}
		options.onProgress?.((i + 1) / split.chunks.length);
	}
	return parts;
}

export const DEFAULT_MAX_OCCURRENCES_PER_SERIES = 5000;

/** The text to parse and its events' lines: the whole file, or the part of it asked for (empty for parts > 0 of a file that is read whole). */
function source(text: string, options: IcsOptions): { text: string; lines: number[] } | null {
	const { index, count } = options.part ?? { index: 0, count: 1 };
	const part = count > 1 ? calendarShare(text, index, count) : null;
	if (part) return { text: part.text, lines: part.eventLines };
	return index === 0 ? { text, lines: veventLines(text) } : null;
}

function readEvents(fileName: string, text: string, options: IcsOptions): IcsEvent[] {
	const read = source(text, options);
	if (!read) return [];
	// ical.js parses the file (a large one in runs); the events are then read from its jCal arrays
	// directly, since building an ICAL.Event per event costs milliseconds each in a large file.
	let parts: CalendarPart[];
	try {
		parts = parseInParts(fileName, read.text, options);
	} catch (error) {
		// A share's line numbers are not the file's: the whole file gives ical.js's error with its line.
		if (read.text !== text) parseCalendars(fileName, text);
		throw error;
	}
	const lines = read.lines;
	const zones = new IcsZones(
		parts.flatMap(({ calendar }) => calendar[2].filter((component) => component[0] === 'vtimezone'))
	);
	const events: IcsEvent[] = [];
	for (const { calendar, floatingZone } of parts) {
		const clock = new CalendarClock(zones, floatingZone);
		for (const component of calendar[2]) {
			if (component[0] !== 'vevent') continue;
			events.push(readEvent(fileName, component, clock, lines[events.length] ?? 1));
		}
	}
	return events;
}

/** Runs `read`, turning anything it throws into an InputError naming the file (and line). */
function reading<T>(fileName: string, read: () => T): T {
	try {
		return read();
	} catch (error) {
		if (isInputError(error)) throw error;
		throw new InputError(fileName, `the calendar could not be read: ${errorLine(error)}`);
	}
}

/** The file's meeting occurrences; anything wrong with it is an InputError naming the file (and line). */
export function parseIcs(
	fileName: string,
	text: string,
	options: Omit<IcsOptions, 'part'> = {}
): ParsedCalendar {
	return reading(fileName, () => {
		const events = readEvents(fileName, text, options);
		const cap = options.maxOccurrencesPerSeries ?? DEFAULT_MAX_OCCURRENCES_PER_SERIES;
		return {
			events: events.length,
			occurrences: occurrencesOf(fileName, events, options.window, cap)
		};
	});
}

/** A share of the file's events, read, with its series without end left to expand once every share's span is known. */
export function startIcsShare(
	fileName: string,
	text: string,
	options: IcsOptions & { part: { index: number; count: number } }
): { events: number; expansion: Expansion } {
	return reading(fileName, () => {
		const events = readEvents(fileName, text, options);
		const cap = options.maxOccurrencesPerSeries ?? DEFAULT_MAX_OCCURRENCES_PER_SERIES;
		return {
			events: events.length,
			expansion: startExpansion(fileName, events, options.window, cap)
		};
	});
}
