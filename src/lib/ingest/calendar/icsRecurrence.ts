// Expands a recurring event (RRULE, RDATE, EXDATE) into its instances in UTC, with ical.js walking the rule.
import ICAL from 'ical.js';
import { icalTimeFromWall } from './icalWall';
import { DAY_MS } from './dates';
import { overlaps } from './icsTime';
import type { WallToUtc } from './icsZones';
import type { ExpansionWindow } from './types';

/** A recurring event's schedule, with every time already read. */
export interface Recurrence {
	/** DTSTART as written (wall-clock ms) and `zone`, which turns such walls into UTC. */
	startWall: number;
	zone: WallToUtc;
	allDay: boolean;
	/** Each instance's length, ms (DTEND − DTSTART, or DURATION). */
	length: number;
	/** The RRULE without its UNTIL, or undefined for a series made of DTSTART and RDATEs. */
	rule: ICAL.Recur | undefined;
	/** The RRULE's UNTIL, UTC ms, inclusive. */
	until: number | undefined;
	/** RDATEs, sorted by start. */
	rdates: readonly Instant[];
	/** EXDATEs, UTC ms. */
	exdates: ReadonlySet<number>;
	/** EXDATEs written as DATE on a series with times: whole days out, as walls at 00:00. */
	exdays: ReadonlySet<number>;
}

/** One candidate start: its UTC time and end, and its wall for matching EXDATEs written as DATE. */
export interface Instant {
	start: number;
	end: number;
	wall: number;
}

/**
 * A series that began long before the window is walked from its start. Looking at no more than
 * this many instances per instance allowed keeps a rule like FREQ=SECONDLY from walking for ever.
 */
const LOOKED_AT_PER_ALLOWED = 100;

/*
 * Why not ICAL.RecurExpansion: it matches EXDATE, RDATE and RECURRENCE-ID as ical.js times, which is
 * right only when ical.js's global TimezoneService knows every TZID (the zones read through Intl, it
 * does not), and it gives up after 500 EXDATEs in a row. So ical.js walks the RRULE alone, and the
 * set operations happen here, on UTC milliseconds.
 */

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * The fixed step between walls of a plain daily or weekly rule (no BY parts, or for a weekly one only BYDAY of
 * DTSTART's own weekday), else null. Such a rule walks whole days of wall-clock time, so each instance is DTSTART's
 * wall plus a multiple of the step: ical.js's iterator gives the same walls at ~10 µs an instance.
 */
function plainStep(rule: ICAL.Recur, startWall: number): number | null {
	const days = rule.freq === 'DAILY' ? 1 : rule.freq === 'WEEKLY' ? 7 : 0;
	const interval = rule.interval;
	if (days === 0 || !Number.isInteger(interval) || interval < 1) return null;
	const parts = Object.entries(rule.parts as Record<string, unknown[]>);
	const byDay = rule.parts.BYDAY as unknown[] | undefined;
	const ownWeekday =
		days === 7 &&
		parts.length === 1 &&
		byDay?.length === 1 &&
		byDay[0] === WEEKDAYS[new Date(startWall).getUTCDay()];
	if (parts.length > 0 && !ownWeekday) return null;
	return days * interval * DAY_MS;
}

/** Where the rule (or, without one, DTSTART alone) puts instances, in order. */
function ruleInstants(series: Recurrence): () => Instant | null {
	const fromWall = (wall: number): Instant => {
		const start = series.zone(wall);
		return { start, end: start + series.length, wall };
	};
	if (!series.rule) {
		let first: Instant | null = fromWall(series.startWall);
		return () => {
			const instant = first;
			first = null;
			return instant;
		};
	}
	// The rule walks wall-clock time (floating), so 09:00 stays 09:00 across a daylight-saving change;
	// the series' zone places each wall in UTC, and UNTIL is compared there, where it is written.
	const step = plainStep(series.rule, series.startWall);
	if (step !== null) {
		// As ical.js reads COUNT: 0 (or none) is no limit.
		const count = series.rule.count || Infinity;
		let made = 0;
		return () => {
			if (made >= count) return null;
			const instant = fromWall(series.startWall + made++ * step);
			return series.until !== undefined && instant.start > series.until ? null : instant;
		};
	}
	const iterator = series.rule.iterator(icalTimeFromWall(series.startWall, series.allDay));
	return () => {
		const next = iterator.next();
		if (!next) return null;
		const instant = fromWall(
			Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute, next.second)
		);
		return series.until !== undefined && instant.start > series.until ? null : instant;
	};
}

/**
 * The series' instances overlapping the window, at most `allowed` of them, leaving out EXDATEs and
 * the starts in `overridden` (instances a RECURRENCE-ID replaces). An instance's start, as the rule
 * places it, is also its RECURRENCE-ID.
 */
export function expandSeries(
	series: Recurrence,
	window: ExpansionWindow,
	overridden: ReadonlySet<number>,
	allowed: number
): Instant[] {
	const instances: Instant[] = [];
	const nextFromRule = ruleInstants(series);
	let fromRule = nextFromRule();
	let rdate = 0;
	let previous = -Infinity;
	let looked = 0;
	while (instances.length < allowed && looked < allowed * LOOKED_AT_PER_ALLOWED) {
		const fromDates = series.rdates[rdate];
		if (!fromRule && !fromDates) break;
		let instant: Instant;
		if (fromRule && (!fromDates || fromRule.start <= fromDates.start)) {
			instant = fromRule;
			fromRule = nextFromRule();
		} else {
			instant = fromDates;
			rdate++;
		}
		// Both sources run in order, so the first start past the window ends the series.
		if (instant.start >= window.to) break;
		looked++;
		// An RDATE that repeats a rule instance is the same instance.
		if (instant.start === previous) continue;
		previous = instant.start;
		if (
			series.exdates.has(instant.start) ||
			series.exdays.has(Math.floor(instant.wall / DAY_MS) * DAY_MS) ||
			overridden.has(instant.start) ||
			!overlaps(instant.start, instant.end, window)
		) {
			continue;
		}
		instances.push(instant);
	}
	return instances;
}
