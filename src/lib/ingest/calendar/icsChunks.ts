// Cuts a large single-calendar .ics into runs of events that ical.js parses one at a time, so a big file reports progress.
/** A run of VEVENTs wrapped as a calendar of its own, and the line of the file its first event starts on. */
export interface EventChunk {
	text: string;
	firstLine: number;
}

export interface SplitCalendar {
	/** Everything but the events: the VCALENDAR's own properties and its VTIMEZONEs. */
	frame: string;
	chunks: EventChunk[];
}

export const EVENTS_PER_CHUNK = 5000;

/**
 * Splits on the lines BEGIN:VEVENT and END:VEVENT (a scan for boundaries, not a parser: every chunk still goes
 * through ICAL.parse). Returns null when the file is small, holds several calendars, or its events are not a
 * plain run, so the caller parses it whole and gets ical.js's own error lines.
 */
export function splitCalendar(
	text: string,
	eventsPerChunk = EVENTS_PER_CHUNK
): SplitCalendar | null {
	const calendars = text.match(/^BEGIN:VCALENDAR\r?$/gim)?.length ?? 0;
	const begins = [...text.matchAll(/^BEGIN:VEVENT\r?$/gim)].map((m) => m.index);
	const ends = [...text.matchAll(/^END:VEVENT\r?\n?/gim)].map((m) => m.index + m[0].length);
	if (calendars !== 1 || begins.length <= eventsPerChunk || begins.length !== ends.length)
		return null;
	if (begins.some((begin, i) => begin >= ends[i] || (i > 0 && begin < ends[i - 1]))) return null;

	const newline = text.includes('\r\n') ? '\r\n' : '\n';
	const header = `BEGIN:VCALENDAR${newline}VERSION:2.0${newline}`;
	const footer = `END:VCALENDAR${newline}`;
	const chunks: EventChunk[] = [];
	let line = 1;
	let counted = 0;
	for (let first = 0; first < begins.length; first += eventsPerChunk) {
		const last = Math.min(first + eventsPerChunk, begins.length) - 1;
		line += lineBreaks(text, counted, begins[first]);
		counted = begins[first];
		chunks.push({ text: header + text.slice(begins[first], ends[last]) + footer, firstLine: line });
	}
	const frame = text.slice(0, begins[0]) + text.slice(ends[ends.length - 1]);
	return { frame, chunks };
}

function lineBreaks(text: string, from: number, to: number): number {
	let breaks = 0;
	for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
		breaks++;
	return breaks;
}
