// Places recurring meeting series on the calendar so that nobody is double-booked when it can be avoided.
import { dayStart, isoDateTime, minutes, WEEKS, WORKDAYS } from './calendar';
import type { Rng } from './random';
import { DEMO_DOMAIN } from './teams';
import type { DemoMeeting, DemoMeetingKind } from './types';

export interface SeriesRequest {
	/** Unique slug; each meeting's uid is this plus its date. */
	key: string;
	title: string;
	kind: DemoMeetingKind;
	organizer: string;
	/** Person ids, organizer included. */
	attendees: string[];
	/** Weeks of the quarter (0-based) the series meets in. */
	weeks: number[];
	/** Weekday patterns to choose from, e.g. [[0], [1]] (one day) or [[0, 2, 4]] (three days). */
	dayPatterns: number[][];
	/** Start times to choose from, minutes after midnight UTC; defaults to the working day. */
	starts?: number[];
	minutes: number;
}

const SLOT = 15;
const DAY_OPENS = 8 * 60;
const SLOTS_PER_DAY = (18 * 60 - DAY_OPENS) / SLOT;
const LUNCH = [12 * 60, 13 * 60];

/** Half-hour starts from 09:00 that end by 17:30 and keep 12:00–13:00 free. */
export function workingStarts(length: number): number[] {
	const starts: number[] = [];
	for (let start = 9 * 60; start + length <= 17 * 60 + 30; start += 30) {
		if (start < LUNCH[1] && start + length > LUNCH[0]) continue;
		starts.push(start);
	}
	return starts;
}

export const EVERY_WEEKDAY: number[][] = [[0], [1], [2], [3], [4]];

export function everyWeek(): number[] {
	return Array.from({ length: WEEKS }, (_, week) => week);
}

export function fortnightly(offset: number): number[] {
	return everyWeek().filter((week) => week % 2 === offset % 2);
}

export class Scheduler {
	/** One byte per person per quarter-hour of each working day: 1 when booked. */
	private busy = new Map<string, Uint8Array>();
	readonly meetings: DemoMeeting[] = [];

	constructor(private rng: Rng) {}

	private diary(person: string): Uint8Array {
		let diary = this.busy.get(person);
		if (!diary) {
			diary = new Uint8Array(WEEKS * WORKDAYS * SLOTS_PER_DAY);
			this.busy.set(person, diary);
		}
		return diary;
	}

	/** Quarter-hour slots one occurrence covers in a diary. */
	private slots(week: number, weekday: number, start: number, length: number): number[] {
		const first = (week * WORKDAYS + weekday) * SLOTS_PER_DAY + (start - DAY_OPENS) / SLOT;
		return Array.from({ length: Math.ceil(length / SLOT) }, (_, i) => first + i);
	}

	private clashes(series: SeriesRequest, pattern: number[], start: number): number {
		let count = 0;
		const diaries = series.attendees.map((person) => this.diary(person));
		for (const week of series.weeks) {
			for (const weekday of pattern) {
				for (const slot of this.slots(week, weekday, start, series.minutes)) {
					for (const diary of diaries) count += diary[slot];
				}
			}
		}
		return count;
	}

	/** Books the first free time in random order, or the least clashing one if none is free. */
	add(series: SeriesRequest): void {
		const starts = series.starts ?? workingStarts(series.minutes);
		const options = this.rng.shuffle(
			series.dayPatterns.flatMap((pattern) => starts.map((start) => ({ pattern, start })))
		);
		let best = options[0];
		let bestClashes = Infinity;
		for (const option of options) {
			const clashes = this.clashes(series, option.pattern, option.start);
			if (clashes < bestClashes) [best, bestClashes] = [option, clashes];
			if (clashes === 0) break;
		}

		const diaries = series.attendees.map((person) => this.diary(person));
		for (const week of series.weeks) {
			for (const weekday of best.pattern) {
				for (const slot of this.slots(week, weekday, best.start, series.minutes)) {
					for (const diary of diaries) diary[slot] = 1;
				}
				const startMs = dayStart(week, weekday) + minutes(best.start);
				const start = isoDateTime(startMs);
				this.meetings.push({
					uid: `${series.key}-${start.slice(0, 10).replace(/-/g, '')}@${DEMO_DOMAIN}`,
					title: series.title,
					start,
					end: isoDateTime(startMs + minutes(series.minutes)),
					organizer: series.organizer,
					attendees: series.attendees.slice(),
					kind: series.kind
				});
			}
		}
	}
}
