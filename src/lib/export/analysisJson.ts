// The analysis as the JSON `weft analyze` writes: one function, so the command and the dashboard's download agree.
import type { Analysis } from '../analysis/types';
import type { CalendarFileSummary } from '../graph/calendarSummary';

/** The analysis, with `calendars` (each file's events, occurrences and what was left out) when calendars were read. */
export function analysisDocument(
	analysis: Analysis,
	calendars: readonly CalendarFileSummary[]
): Analysis & { calendars?: readonly CalendarFileSummary[] } {
	return calendars.length > 0 ? { ...analysis, calendars } : analysis;
}

export function analysisJson(
	analysis: Analysis,
	calendars: readonly CalendarFileSummary[]
): string {
	return `${JSON.stringify(analysisDocument(analysis, calendars), null, 2)}\n`;
}
