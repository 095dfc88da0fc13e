// Periods to compare, as whole UTC days: parsed from `YYYY-MM-DD..YYYY-MM-DD`, or from the presets the dashboard offers.
import { DAY_MS } from '../ingest/calendar/dates';
import type { NetworkSettings } from '../graph/settings';
import { dayAfter, dayStart, dayText, lastDayText } from '../graph/windowDays';

/** Epoch ms; things starting in [from, to) belong to the period. */
export interface Period {
	from: number;
	to: number;
}

export const WEEK_MS = 7 * DAY_MS;
/** Monday 1970-01-05, 00:00 UTC: weeks start on Mondays. */
const FIRST_MONDAY_MS = 4 * DAY_MS;

/** `YYYY-MM-DD..YYYY-MM-DD`, both days included; null when the text is not that or ends before it starts. */
export function parsePeriod(text: string): Period | null {
	const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
	if (!match) return null;
	const from = dayStart(match[1]);
	const to = dayAfter(match[2]);
	if (from === null || to === null || to <= from) return null;
	return { from, to };
}

export function periodText(period: Period): string {
	return `${dayText(period.from)}..${lastDayText(period.to)}`;
}

/** Midnight UTC of the Monday of the week holding `ms`. */
export function weekStart(ms: number): number {
	const into = (((ms - FIRST_MONDAY_MS) % WEEK_MS) + WEEK_MS) % WEEK_MS;
	return ms - into;
}

/** The last `weeks` whole weeks up to the week holding `last` (B), and the same number of weeks before them (A). */
export function lastWeeksPreset(last: number, weeks = 4): { a: Period; b: Period } {
	const end = weekStart(last) + WEEK_MS;
	const middle = end - weeks * WEEK_MS;
	return { a: { from: middle - weeks * WEEK_MS, to: middle }, b: { from: middle, to: end } };
}

/** Everything from `first` up to the week of `split` (A) against that week onwards to the week of `last` (B). */
export function beforeAfterPreset(
	first: number,
	split: number,
	last: number
): { a: Period; b: Period } {
	const middle = weekStart(split);
	return {
		a: { from: weekStart(first), to: middle },
		b: { from: middle, to: weekStart(last) + WEEK_MS }
	};
}

/** The network settings with their window replaced by the period's. */
export function periodSettings(settings: NetworkSettings, period: Period): NetworkSettings {
	return { ...settings, from: period.from, to: period.to };
}
