// Reads iCalendar dates, date-times and durations from jCal, and places them in UTC for one calendar.
import ICAL from 'ical.js';
import { utcWallToUtc, type IcsZones, type WallToUtc } from './icsZones';
import type { ExpansionWindow } from './types';

/** A DATE or DATE-TIME value as written, before any time zone is applied. */
export interface IcsTime {
	/** The written date and time as if it were UTC, in ms (a DATE is its 00:00). */
	wall: number;
	isDate: boolean;
	/** Written with a trailing Z. */
	utc: boolean;
}

// ical.js has already rewritten 20260329T090000Z as 2026-03-29T09:00:00Z, without checking it.
const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d)(Z?))?$/;

/** The value as a date or date-time, or null when it is not one. */
export function readIcsTime(value: unknown): IcsTime | null {
	const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
	if (!match) return null;
	const [, year, month, day, hour, minute, second, zulu] = match;
	const y = Number(year);
	const m = Number(month);
	const d = Number(day);
	const isDate = hour === undefined;
	const h = isDate ? 0 : Number(hour);
	const min = isDate ? 0 : Number(minute);
	const s = isDate ? 0 : Number(second);
	if (m < 1 || m > 12 || d < 1 || d > ICAL.Time.daysInMonth(m, y) || h > 23 || min > 59 || s > 60) {
		return null;
	}
	return { wall: Date.UTC(y, m - 1, d, h, min, s), isDate, utc: zulu === 'Z' };
}

/** Whether [start, end) overlaps the window; an instant (start = end) counts where it falls. */
export function overlaps(start: number, end: number, window: ExpansionWindow): boolean {
	return start < window.to && (end > window.from || (end === start && start >= window.from));
}

/** A DURATION value in ms, or null when it is not one. */
export function readDuration(value: unknown): number | null {
	if (typeof value !== 'string') return null;
	try {
		return ICAL.Duration.fromString(value).toSeconds() * 1000;
	} catch {
		return null;
	}
}

/** Places one VCALENDAR's times in UTC. */
export class CalendarClock {
	readonly #zones: IcsZones;
	readonly #calendarTzid: string | undefined;
	/** Looked up at the first floating time, so that an unknown calendar zone no floating time uses is not reported. */
	#floating: WallToUtc | undefined;

	/**
	 * A floating time (no Z, no TZID) means "the same clock time wherever you are". Google writes
	 * the calendar's own zone in X-WR-TIMEZONE, which is the reading its user saw; without one
	 * there is no better guess than UTC.
	 */
	constructor(zones: IcsZones, calendarTzid: string | undefined) {
		this.#zones = zones;
		this.#calendarTzid = calendarTzid;
	}

	/** How walls written like `time` (with this TZID parameter) become UTC; a DATE is 00:00 UTC. */
	converter(time: IcsTime, tzid: string | undefined): WallToUtc {
		if (time.isDate || time.utc) return utcWallToUtc;
		if (tzid) return this.#zones.converter(tzid);
		this.#floating ??= this.#calendarTzid
			? this.#zones.converter(this.#calendarTzid)
			: utcWallToUtc;
		return this.#floating;
	}

	toUtc(time: IcsTime, tzid: string | undefined): number {
		return this.converter(time, tzid)(time.wall);
	}
}
