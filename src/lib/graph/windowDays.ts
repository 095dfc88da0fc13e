// The analysis window in whole UTC days: YYYY-MM-DD text to epoch ms and back, the last day named being included.
import { DAY_MS } from '../ingest/calendar/dates';

export function dayText(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of a YYYY-MM-DD day, or null when the text is no real date. */
export function dayStart(text: string): number | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return null;
	const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	return new Date(time).getUTCDate() === Number(match[3]) ? time : null;
}

/** The window's end is exclusive: the day after the last day shown. */
export function lastDayText(endExclusive: number): string {
	return dayText(endExclusive - DAY_MS);
}

/** The exclusive end of a window whose last day is `text`. */
export function dayAfter(text: string): number | null {
	const start = dayStart(text);
	return start === null ? null : start + DAY_MS;
}

/**
 * Labels for days along an axis, in order: MM-DD, with the year on the first and wherever the year turns, so that
 * weeks of December and January are never read as the same year.
 */
export function axisDayTexts(days: readonly number[]): string[] {
	return days.map((ms, i) => {
		const text = dayText(ms);
		return i === 0 || text.slice(0, 4) !== dayText(days[i - 1]).slice(0, 4) ? text : text.slice(5);
	});
}
