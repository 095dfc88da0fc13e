// Reads an iCalendar (.ics) file, as Google Calendar, Outlook and Apple Calendar export it, into meeting occurrences.
import { InputError, isInputError } from '../errors';
import { readEvent, type IcsEvent } from './icsEvent';
import { occurrencesOf } from './icsOccurrences';
import { errorLine, parseCalendars, veventLines } from './icsSyntax';
import { CalendarClock } from './icsTime';
import { IcsZones } from './icsZones';
import { splitCalendar } from './icsChunks';
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

function readCalendar(fileName: string, text: string, options: IcsOptions): ParsedCalendar {
	// ical.js parses the file (a large one in runs); the events are then read from its jCal arrays
	// directly, since building an ICAL.Event per event costs milliseconds each in a large file.
	const parts = parseInParts(fileName, text, options);
	const lines = veventLines(text);
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
	const cap = options.maxOccurrencesPerSeries ?? DEFAULT_MAX_OCCURRENCES_PER_SERIES;
	return {
		events: events.length,
		occurrences: occurrencesOf(fileName, events, options.window, cap)
	};
}

/** The file's meeting occurrences; anything wrong with it is an InputError naming the file (and line). */
export function parseIcs(fileName: string, text: string, options: IcsOptions = {}): ParsedCalendar {
	try {
		return readCalendar(fileName, text, options);
	} catch (error) {
		if (isInputError(error)) throw error;
		throw new InputError(fileName, `the calendar could not be read: ${errorLine(error)}`);
	}
}
