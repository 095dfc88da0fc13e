// Converts between UTC epoch milliseconds and the YYYY-MM-DD text of date inputs.

const DAY_MS = 86_400_000;

export function dayText(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function dayStart(text: string): number | null {
	const time = Date.parse(`${text}T00:00:00Z`);
	return Number.isNaN(time) ? null : time;
}

/** The window's end is exclusive: the day after the last day shown. */
export function lastDayText(endExclusive: number): string {
	return dayText(endExclusive - DAY_MS);
}

export function dayAfter(text: string): number | null {
	const start = dayStart(text);
	return start === null ? null : start + DAY_MS;
}
