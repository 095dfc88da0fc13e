// Turns a file's events into occurrences: series expanded, overrides in place of the instances they replace, all within the window.
import { InputError } from '../errors';
import type { IcsEvent } from './icsEvent';
import { expandSeries } from './icsRecurrence';
import { errorLine } from './icsSyntax';
import { overlaps } from './icsTime';
import type { ExpansionWindow, OccurrenceRecord } from './types';

const EVERYTHING: ExpansionWindow = { from: -Infinity, to: Infinity };

/** A recurring event with its overrides, or overrides whose series is not in the file (master null). */
interface Series {
	master: IcsEvent | null;
	overrides: IcsEvent[];
}

function occurrence(
	event: IcsEvent,
	key: number,
	recurring: boolean,
	seriesSequence: number | null
): OccurrenceRecord {
	return {
		uid: event.uid,
		occurrenceKey: key,
		start: event.start,
		end: event.end,
		title: event.title ?? '',
		allDay: event.allDay,
		cancelled: event.cancelled,
		recurring,
		sequence: event.sequence,
		seriesSequence,
		// Instances of a series share one attendee array: a weekly meeting over a year does not need
		// 52 copies of the same list.
		attendees: event.attendees ?? [],
		line: event.line
	};
}

/**
 * RFC 5545 makes an override a whole replacement, but some exporters write a moved or cancelled
 * instance with only what changed; a missing title or attendee list is taken from the series.
 */
function overrideOccurrence(override: IcsEvent, master: IcsEvent | null): OccurrenceRecord {
	const record = occurrence(override, override.recurrenceId!, true, master?.sequence ?? null);
	record.title = override.title ?? master?.title ?? '';
	record.attendees = override.attendees ?? master?.attendees ?? [];
	return record;
}

function hasEnd(master: IcsEvent | null): boolean {
	const recurrence = master?.recurrence;
	return !recurrence?.rule || recurrence.until !== undefined || recurrence.rule.count !== null;
}

/** The series' occurrences in the window, the overrides' own times deciding where they fall. */
function seriesOccurrences(
	fileName: string,
	{ master, overrides }: Series,
	window: ExpansionWindow,
	cap: number
): OccurrenceRecord[] {
	const records = overrides
		.filter((override) => overlaps(override.start, override.end, window))
		.slice(0, cap)
		.map((override) => overrideOccurrence(override, master));
	if (master) {
		const overridden = new Set(overrides.map((override) => override.recurrenceId!));
		const allowed = cap - records.length;
		if (!master.recurrence) {
			// An event with overrides but no rule is a series of one.
			if (
				allowed > 0 &&
				!overridden.has(master.start) &&
				overlaps(master.start, master.end, window)
			) {
				records.push(occurrence(master, master.start, false, master.sequence));
			}
		} else {
			let instances;
			try {
				instances = expandSeries(master.recurrence, window, overridden, allowed);
			} catch (error) {
				throw new InputError(
					fileName,
					`the event's recurrence cannot be expanded: ${errorLine(error)}`,
					master.ruleLine?.() ?? master.line
				);
			}
			for (const instance of instances) {
				const record = occurrence(master, instance.start, true, master.sequence);
				record.start = instance.start;
				record.end = instance.end;
				records.push(record);
			}
		}
	}
	return records.sort((a, b) => a.start - b.start);
}

/** Single events and series (with their overrides), in the order the file introduces them. */
function group(events: readonly IcsEvent[]): (IcsEvent | Series)[] {
	const overridesByUid = new Map<string, IcsEvent[]>();
	const masterUids = new Set<string>();
	for (const event of events) {
		if (event.recurrenceId === undefined) {
			masterUids.add(event.uid);
		} else {
			const overrides = overridesByUid.get(event.uid);
			if (overrides) overrides.push(event);
			else overridesByUid.set(event.uid, [event]);
		}
	}
	const units: (IcsEvent | Series)[] = [];
	for (const event of events) {
		if (event.recurrenceId !== undefined && masterUids.has(event.uid)) continue;
		const overrides = overridesByUid.get(event.uid);
		// Overrides go with the first event of their UID; a later namesake is an event of its own.
		overridesByUid.delete(event.uid);
		if (event.recurrenceId === undefined) {
			units.push(
				event.recurrence || overrides ? { master: event, overrides: overrides ?? [] } : event
			);
		} else if (overrides) {
			units.push({ master: null, overrides });
		}
	}
	return units;
}

function isSeries(unit: IcsEvent | Series): unit is Series {
	return 'overrides' in unit;
}

/** Where a file's events lie: the earliest start, and the latest end of the occurrences bounded without a window. */
export interface FileSpan {
	from: number;
	/** -Infinity when nothing but series without end is in the file (or share). */
	to: number;
}

/** A file's occurrences, with series without end waiting for the span of the whole file (which shares of it report). */
export interface Expansion {
	/** The span this file or share reports; with a window, the window itself. */
	span: FileSpan;
	/** Series without end still to expand (none with a window). */
	endless: number;
	/** Every occurrence but those of series without end, in file order. */
	bounded(): OccurrenceRecord[];
	/** The occurrences of series without end within the window, in file order. */
	endlessWithin(window: ExpansionWindow): OccurrenceRecord[];
	/** Every occurrence, in file order. */
	all(window: ExpansionWindow): OccurrenceRecord[];
}

/**
 * Starts expanding: with a window, everything outside it is left out. Without one, single events and finite series
 * are kept whole, and series without end wait for endlessWindow to bound them.
 */
export function startExpansion(
	fileName: string,
	events: readonly IcsEvent[],
	window: ExpansionWindow | undefined,
	cap: number
): Expansion {
	const units = group(events);
	const expand = (unit: IcsEvent | Series, within: ExpansionWindow): OccurrenceRecord[] => {
		if (isSeries(unit)) return seriesOccurrences(fileName, unit, within, cap);
		return overlaps(unit.start, unit.end, within)
			? [occurrence(unit, unit.start, false, unit.sequence)]
			: [];
	};
	const known = units.map((unit) =>
		window
			? expand(unit, window)
			: !isSeries(unit) || hasEnd(unit.master)
				? expand(unit, EVERYTHING)
				: null
	);
	let from = Infinity;
	for (const event of events) from = Math.min(from, event.start);
	let to = -Infinity;
	for (const records of known) for (const record of records ?? []) to = Math.max(to, record.end);
	return {
		span: window ?? { from, to },
		endless: known.filter((records) => records === null).length,
		bounded: () => known.flatMap((records) => records ?? []),
		endlessWithin: (within) =>
			units.flatMap((unit, i) => (known[i] === null ? expand(unit, within) : [])),
		all: (within) => units.flatMap((unit, i) => known[i] ?? expand(unit, within))
	};
}

/** The window series without end are expanded in: the earliest start to the latest end of the rest, or a year when nothing else ends. */
export function endlessWindow(spans: readonly FileSpan[]): ExpansionWindow {
	const from = Math.min(...spans.map((span) => span.from));
	let to = Math.max(...spans.map((span) => span.to));
	if (to === -Infinity) {
		const nextYear = new Date(from);
		nextYear.setUTCFullYear(nextYear.getUTCFullYear() + 1);
		to = nextYear.getTime();
	}
	return { from, to };
}

/** All occurrences of a whole file, in file order. */
export function occurrencesOf(
	fileName: string,
	events: readonly IcsEvent[],
	window: ExpansionWindow | undefined,
	cap: number
): OccurrenceRecord[] {
	const expansion = startExpansion(fileName, events, window, cap);
	return expansion.all(window ?? endlessWindow([expansion.span]));
}
