// Runs ICAL.parse with each distinct content line of an event parsed once: the same ATTENDEE, ORGANIZER, SUMMARY or
// DTSTAMP line comes back in most meetings of an export, and ical.js's work on a line depends on nothing but its text.
import ICAL from 'ical.js';
import { holdsNonAscii, utf8OfByteText, utf8OfByteValues } from './byteText';
import type { JCalComponent, JCalProperty } from './jcal';

/** The jCal ical.js gave each content line already seen in a file's events; one per file, shared by its runs. */
export type LineMemo = Map<string, JCalProperty>;

/** ical.js's parser state as its per-line step sees it: the component being filled (an empty root at first). */
interface ParserState {
	component: JCalComponent | [];
}

type ContentLineStep = (line: string, state: ParserState) => void;

/** ical.js's step for one unfolded content line: a documented-private member of ICAL.parse, looked up at each line. */
const parser = ICAL.parse as unknown as { _handleContentLine?: ContentLineStep };

/** Lines longer than this (descriptions, mostly) rarely repeat, so they are parsed without being kept. */
const LONGEST_KEPT_LINE = 256;
/** The memo starts again past this many lines, which bounds what it holds in a file of unique lines. */
const MOST_KEPT_LINES = 50_000;
/**
 * BEGIN and END move ical.js through the components, so they always go to its own step. A UID line comes back only in
 * its series' overrides: keeping one per event would fill the memo with lines never seen again and empty it often.
 */
const UNKEPT = /^(?:begin:|end:|uid[:;])/i;

/** Whether the line is one never kept; its first letter (b, e or u, any case) spares the pattern on most lines. */
function isUnkept(line: string): boolean {
	const first = line.charCodeAt(0) | 0x20;
	return (first === 0x62 || first === 0x65 || first === 0x75) && UNKEPT.test(line);
}

/** ical.js's error on one content line, with that line: its messages on a value (an RRULE's part, say) name no line. */
export class ContentLineError extends Error {
	constructor(
		readonly line: string,
		cause: unknown
	) {
		super(cause instanceof Error ? cause.message : String(cause), { cause });
	}
}

/**
 * ICAL.parse(text), with the properties of events taken from `memo` when their line was parsed before; when `text` is
 * a byteText, each property is turned into the UTF-8 text it stands for as it is parsed.
 */
export function parseWithLineMemo(text: string, memo: LineMemo, isByteText = false): unknown[] {
	const step = parser._handleContentLine;
	// Should a later ical.js rename its step, every line is parsed as before.
	if (typeof step !== 'function') return ICAL.parse(isByteText ? utf8OfByteText(text) : text);
	parser._handleContentLine = (line, state) => {
		const properties = state.component[1];
		const kept =
			state.component[0] === 'vevent' && line.length <= LONGEST_KEPT_LINE && !isUnkept(line);
		const known = kept ? memo.get(line) : undefined;
		if (known) {
			// Shared, not copied: nothing reading jCal changes it (ical.js deep-clones a rule before iterating it).
			properties?.push(known);
			return;
		}
		const before = properties?.length ?? 0;
		try {
			step(line, state);
		} catch (error) {
			throw new ContentLineError(line, error);
		}
		// BEGIN and END lines add no property to the component they leave.
		if (!properties || properties.length === before) return;
		if (isByteText && holdsNonAscii(line)) utf8OfByteValues(properties[before]);
		if (!kept) return;
		if (memo.size >= MOST_KEPT_LINES) memo.clear();
		memo.set(line, properties[before]);
	};
	try {
		return ICAL.parse(text);
	} finally {
		parser._handleContentLine = step;
	}
}
