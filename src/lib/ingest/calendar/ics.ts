// Reads an iCalendar (.ics) file, as Google Calendar, Outlook and Apple Calendar export it, into meeting occurrences.
import { InputError, isInputError } from '../errors';
import { readEvent, type IcsEvent } from './icsEvent';
import { occurrencesOf, startExpansion, type Expansion } from './icsOccurrences';
import { errorLine, parseCalendars, propertyLine, veventLines } from './icsSyntax';
import { CalendarClock } from './icsTime';
import { IcsZones } from './icsZones';
import { splitCalendar, type SplitCalendar } from './icsChunks';
import { calendarText, type CalendarText } from './byteText';
import { calendarShare, type ScannedEvents } from './icsParts';
import { componentText, type JCalComponent } from './jcal';
import type { LineMemo } from './icsLineMemo';
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

/**
 * Read only this share of the events (every event of a UID in the same share), for workers side by side; `scanned` is
 * the file's scan when the workers made it together (else it is made here).
 */
type ShareOptions = IcsOptions & {
	part: { index: number; count: number };
	scanned?: ScannedEvents | null;
};

/** The events read, and the TZIDs their times named that nothing defines (read as UTC). */
interface ReadEvents {
	events: IcsEvent[];
	unknownZones: string[];
}

/** A VCALENDAR as jCal, with the X-WR-TIMEZONE its floating times are read in. */
interface CalendarPart {
	calendar: JCalComponent;
	floatingZone: string | undefined;
}

/**
 * Parses a calendar cut into runs (the file's byteText when `isByteText`), reporting progress; when ical.js rejects a
 * run, the whole file gives its exact error.
 */
function parseRuns(
	fileName: string,
	split: SplitCalendar,
	whole: () => CalendarText,
	onProgress: ((fraction: number) => void) | undefined,
	isByteText: boolean
): CalendarPart[] {
	const memo: LineMemo = new Map();
	const parse = (text: string, firstLine?: number) => {
		try {
			return parseCalendars(fileName, text, memo, isByteText);
		} catch (error) {
			const { text, isByteText } = whole();
			parseCalendars(fileName, text, new Map(), isByteText);
			if (firstLine === undefined) throw error;
			throw new InputError(fileName, 'the calendar could not be read in parts', firstLine);
		}
	};
	const [frame] = parse(split.frame);
	const floatingZone = componentText(frame, 'x-wr-timezone');
	const parts: CalendarPart[] = [{ calendar: frame, floatingZone }];
	for (const [i, chunk] of split.chunks.entries()) {
		parts.push(
			...parse(chunk.text, chunk.firstLine).map((calendar) => ({ calendar, floatingZone }))
		);
		onProgress?.((i + 1) / split.chunks.length);
	}
	return parts;
}

/** Parses a whole file, a large one run by run. */
function parseWhole(fileName: string, whole: CalendarText, options: IcsOptions): CalendarPart[] {
	const { text, isByteText } = whole;
	const split = splitCalendar(text, options.eventsPerChunk);
	if (split) return parseRuns(fileName, split, () => whole, options.onProgress, isByteText);
	return parseCalendars(fileName, text, new Map(), isByteText).map((calendar) => ({
		calendar,
		floatingZone: componentText(calendar, 'x-wr-timezone')
	}));
}

/**
 * The events of parsed calendars, each with the line its BEGIN:VEVENT has in the file. They are read from ical.js's
 * jCal arrays directly, since building an ICAL.Event per event costs milliseconds each in a large file.
 */
function readEvents(
	fileName: string,
	parts: CalendarPart[],
	lines: readonly number[],
	fileText: () => string
): ReadEvents {
	const placeProperty = (eventLine: number, name: string, nth: number) =>
		propertyLine(fileText(), eventLine, name, nth);
	const zones = new IcsZones(
		parts.flatMap(({ calendar }) => calendar[2].filter((component) => component[0] === 'vtimezone'))
	);
	const events: IcsEvent[] = [];
	for (const { calendar, floatingZone } of parts) {
		const clock = new CalendarClock(zones, floatingZone);
		for (const component of calendar[2]) {
			if (component[0] !== 'vevent') continue;
			events.push(readEvent(fileName, component, clock, lines[events.length] ?? 1, placeProperty));
		}
	}
	return { events, unknownZones: zones.unknown };
}

function readWholeFile(fileName: string, whole: CalendarText, options: IcsOptions): ReadEvents {
	return readEvents(
		fileName,
		parseWhole(fileName, whole, options),
		veventLines(whole.text),
		() => whole.text
	);
}

/** The events of one share of the file: all of them in share 0 when it cannot be shared, and none in the others. */
function readShare(fileName: string, bytes: Uint8Array, options: ShareOptions): ReadEvents {
	const { index, count } = options.part;
	const share = calendarShare(bytes, index, count, options.eventsPerChunk, options.scanned);
	const whole = () => calendarText(bytes);
	if (!share)
		return index === 0
			? readWholeFile(fileName, whole(), options)
			: { events: [], unknownZones: [] };
	// A share's line numbers are not the file's: the whole file gives ical.js's error with its line.
	const parts = parseRuns(fileName, share, whole, options.onProgress, true);
	return readEvents(fileName, parts, share.eventLines, () => whole().text);
}

export const DEFAULT_MAX_OCCURRENCES_PER_SERIES = 5000;

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
export function parseIcs(fileName: string, text: string, options: IcsOptions = {}): ParsedCalendar {
	return parseIcsText(fileName, { text, isByteText: false }, options);
}

/** parseIcs of a file's bytes, which mends lines folded inside a UTF-8 character. */
export function parseIcsBytes(
	fileName: string,
	bytes: Uint8Array,
	options: IcsOptions = {}
): ParsedCalendar {
	return parseIcsText(fileName, calendarText(bytes), options);
}

function parseIcsText(fileName: string, whole: CalendarText, options: IcsOptions): ParsedCalendar {
	return reading(fileName, () => {
		const { events, unknownZones } = readWholeFile(fileName, whole, options);
		const cap = options.maxOccurrencesPerSeries ?? DEFAULT_MAX_OCCURRENCES_PER_SERIES;
		return {
			events: events.length,
			occurrences: occurrencesOf(fileName, events, options.window, cap),
			unknownZones
		};
	});
}

/** A share of the file's events, read, with its series without end left to expand once every share's span is known. */
export function startIcsShare(
	fileName: string,
	bytes: Uint8Array,
	options: ShareOptions
): { events: number; expansion: Expansion; unknownZones: string[] } {
	return reading(fileName, () => {
		const { events, unknownZones } = readShare(fileName, bytes, options);
		const cap = options.maxOccurrencesPerSeries ?? DEFAULT_MAX_OCCURRENCES_PER_SERIES;
		return {
			events: events.length,
			expansion: startExpansion(fileName, events, options.window, cap),
			unknownZones
		};
	});
}
