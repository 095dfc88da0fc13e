// Deals a large calendar's events out to parts that workers parse side by side, every event of one UID in one part.
import { veventLines } from './icsSyntax';

/** One share: the calendar's frame (properties, time zones) around some of its events, and those events' lines. */
export interface EventShare {
	text: string;
	/** The line in the whole file where each of the part's events begins, in order. */
	eventLines: number[];
}

const UNFOLD = /\r?\n[ \t]/g;

/** The UID line of the event in text[begin, end), unfolded; '' when the event has none. */
function uidOf(text: string, begin: number, end: number): string {
	const pattern = /^UID[;:]/gim;
	pattern.lastIndex = begin;
	const match = pattern.exec(text);
	if (!match || match.index >= end) return '';
	let stop = text.indexOf('\n', match.index);
	while (stop !== -1 && stop + 1 < end && (text[stop + 1] === ' ' || text[stop + 1] === '\t'))
		stop = text.indexOf('\n', stop + 1);
	return text
		.slice(match.index, stop === -1 ? end : stop)
		.replace(UNFOLD, '')
		.trimEnd();
}

/** FNV-1a: a fast, well-spread string hash, so UIDs spread evenly over the parts. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/**
 * Part `index` of `count`: the events whose UID hashes to it (a scan of BEGIN/END and UID lines, not a parser: the part
 * still goes through ICAL.parse). Returns null when the file holds several calendars or its events do not
 * nest plainly; the caller then reads the whole file as part 0 and nothing as the others.
 */
export function calendarShare(text: string, index: number, count: number): EventShare | null {
	const calendars = text.match(/^BEGIN:VCALENDAR\r?$/gim)?.length ?? 0;
	const begins = [...text.matchAll(/^BEGIN:VEVENT\r?$/gim)].map((m) => m.index);
	const ends = [...text.matchAll(/^END:VEVENT\r?\n?/gim)].map((m) => m.index + m[0].length);
	if (calendars !== 1 || begins.length === 0 || begins.length !== ends.length) return null;
	if (begins.some((begin, i) => begin >= ends[i] || (i > 0 && begin < ends[i - 1]))) return null;
	const close = text.search(/^END:VCALENDAR/im);
	if (close < ends[ends.length - 1]) return null;

	const lines = veventLines(text);
	const frame: string[] = [text.slice(0, begins[0])];
	const events: string[] = [];
	const eventLines: number[] = [];
	for (let i = 0; i < begins.length; i++) {
		const uid = uidOf(text, begins[i], ends[i]);
		// Events without a UID stand alone, so they are dealt round by position.
		if ((uid ? hash(uid) : i) % count === index) {
			events.push(text.slice(begins[i], ends[i]));
			eventLines.push(lines[i]);
		}
		const gapEnd = i + 1 < begins.length ? begins[i + 1] : close;
		frame.push(text.slice(ends[i], gapEnd));
	}
	// Events go just before END:VCALENDAR, after the frame's time zones, which ical.js does not mind.
	return { text: frame.join('') + events.join('') + text.slice(close), eventLines };
}
