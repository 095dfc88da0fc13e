// Reads an iCalendar (.ics) file, as Google Calendar, Outlook and Apple Calendar export it, into meeting occurrences.
import { InputError, isInputError } from '../errors';
import { readEvent, type IcsEvent } from './icsEvent';
import { occurrencesOf } from './icsOccurrences';
import { errorLine, parseCalendars, veventLines } from './icsSyntax';
import { CalendarClock } from './icsTime';
import { IcsZones } from './icsZones';
import { componentText } from './jcal';
import type { ExpansionWindow, ParsedCalendar } from './types';

export interface IcsOptions {
	/** Expand recurring events, and keep occurrences, only where they overlap [from, to). */
	window?: ExpansionWindow;
	/** A safety cap on the occurrences one series (with its overrides) produces. */
	maxOccurrencesPerSeries?: number;
}

export const DEFAULT_MAX_OCCURRENCES_PER_SERIES = 5000;

function readCalendar(fileName: string, text: string, options: IcsOptions): ParsedCalendar {
	// ical.js parses the whole file once; the events are then read from its jCal arrays directly,
	// since building an ICAL.Event per event costs milliseconds each in a large file.
	const calendars = parseCalendars(fileName, text);
	const lines = veventLines(text);
	const zones = new IcsZones(
		calendars.flatMap((calendar) => calendar[2].filter((component) => component[0] === 'vtimezone'))
	);
	const events: IcsEvent[] = [];
	for (const calendar of calendars) {
		const clock = new CalendarClock(zones, componentText(calendar, 'x-wr-timezone'));
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
