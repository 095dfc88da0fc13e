// Dates and times of the demo quarter: 13 working weeks from Monday 2026-01-05, all in UTC.

export const FIRST_MONDAY = Date.UTC(2026, 0, 5);
export const WEEKS = 13;
export const WORKDAYS = 5;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Midnight UTC of a weekday (0 = Monday) in a week of the quarter (0-based). */
export function dayStart(week: number, weekday: number): number {
	return FIRST_MONDAY + (week * 7 + weekday) * DAY;
}

/** Minutes after midnight → milliseconds, for adding to `dayStart`. */
export function minutes(count: number): number {
	return count * MINUTE;
}

/** 'YYYY-MM-DDTHH:MM:SSZ', the timestamp format of the demo files. */
export function isoDateTime(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

export function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** A random calendar day in [from, to], both 'YYYY-MM-DD'. */
export function dateBetween(from: string, to: string, draw: number): string {
	const start = Date.parse(`${from}T00:00:00Z`);
	const end = Date.parse(`${to}T00:00:00Z`);
	return isoDate(start + Math.floor(draw * ((end - start) / DAY + 1)) * DAY);
}

/** [week, weekday] of the first Thursday of each month that falls inside the quarter. */
export function firstThursdays(): [number, number][] {
	const found: [number, number][] = [];
	for (let week = 0; week < WEEKS; week++) {
		const thursday = new Date(dayStart(week, 3));
		if (thursday.getUTCDate() <= 7) found.push([week, 3]);
	}
	return found;
}
