// The analysis as the JSON `weft analyze` writes: one function, so the command and the dashboard's download agree.
import type { Analysis } from '../analysis/types';
import type { CalendarFileSummary } from '../graph/calendarSummary';
import { withGroupPrivacy, type GroupPrivacy } from '../privacy/minGroupSize';

/** The analysis, with `calendars` (each file's events, occurrences and what was left out) when calendars were read. */
export function analysisDocument(
	analysis: Analysis,
	calendars: readonly CalendarFileSummary[]
): Analysis & { calendars?: readonly CalendarFileSummary[] } {
	return calendars.length > 0 ? { ...analysis, calendars } : analysis;
}

/** With `privacy`, small teams' figures are withheld and a `privacy` field says how (see withGroupPrivacy). */
export function analysisJson(
	analysis: Analysis,
	calendars: readonly CalendarFileSummary[],
	privacy?: GroupPrivacy
): string {
	const document = analysisDocument(analysis, calendars);
	return `${JSON.stringify(privacy ? withGroupPrivacy(document, privacy) : document, null, 2)}\n`;
}
