// Parses an .ics file's text with ical.js into its VCALENDARs, turning each way that fails into an InputError with a line.
import { InputError } from '../errors';
import type { JCalComponent } from './jcal';
import { utf8OfByteText } from './byteText';
import { ContentLineError, parseWithLineMemo, type LineMemo } from './icsLineMemo';

/** The first line of an error's message, for a one-line problem. */
export function errorLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n', 1)[0];
}

/** Number of line breaks in text[from, to). */
function breaksBetween(text: string, from: number, to: number): number {
	let breaks = 0;
	for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
		breaks++;
	}
	return breaks;
}

/** The 1-based line (in the text as written, before unfolding) of each BEGIN:VEVENT, in order. */
export function veventLines(text: string): number[] {
	const lines: number[] = [];
	let line = 1;
	let position = 0;
	for (const match of text.matchAll(/^BEGIN:VEVENT\r?$/gim)) {
		line += breaksBetween(text, position, match.index);
		position = match.index;
		lines.push(line);
	}
	return lines;
}

/**
 * The line of an event's property named `name` (any case), the `nth` of that name from 0, given the line of its
 * BEGIN:VEVENT; that line when the event has no such property. Components nested in the event (a VALARM's ATTENDEE)
 * are skipped. It walks the text from the start, so it runs only to place an error: ical.js's jCal keeps no lines.
 */
export function propertyLine(text: string, eventLine: number, name: string, nth = 0): number {
	let seen = 0;
	let at = 0;
	for (let line = 1; line < eventLine && at !== -1; line++) at = text.indexOf('\n', at) + 1 || -1;
	if (at === -1) return eventLine;
	const wanted = new RegExp(`^${name}[:;]`, 'i');
	let depth = 0;
	for (let line = eventLine; at < text.length; line++) {
		const end = text.indexOf('\n', at);
		const content = text.slice(at, end === -1 ? text.length : end);
		const component = /^(BEGIN|END):/i.exec(content)?.[1].toUpperCase();
		if (component === 'BEGIN') depth++;
		else if (component === 'END' && --depth === 0) break;
		else if (depth === 1 && wanted.test(content) && seen++ === nth) return line;
		if (end === -1) break;
		at = end + 1;
	}
	return eventLine;
}

/** The innermost BEGIN that no END of its name closes (ical.js only says that one exists). */
function unclosedBegin(text: string): { name: string; line: number } | undefined {
	const open: { name: string; line: number }[] = [];
	let unclosed: { name: string; line: number } | undefined;
	for (const [index, line] of text.split('\n').entries()) {
		const match = /^(BEGIN|END):(\S+)/i.exec(line);
		if (!match) continue;
		const name = match[2].toUpperCase();
		if (match[1].toUpperCase() === 'BEGIN') {
			open.push({ name, line: index + 1 });
		} else if (open.some((component) => component.name === name)) {
			for (let top = open.pop(); top && top.name !== name; top = open.pop()) unclosed ??= top;
		}
	}
	return unclosed ?? open.at(-1);
}

// ical.js quotes the offending line (or its parameters) in these messages, so it can be found again.
const QUOTED_LINE =
	/^(?:invalid line \(no (?:token ";" or ":"|matching double quote)\) "(.*)"|(?:Invalid parameters|Missing parameter value) in '(.*)')$/;

/**
 * The line (as written) where the first content line that is `content`, unfolded, begins; else where the first one
 * holding it begins (ical.js quotes a line's parameters alone in some messages). Walked only when a file fails.
 */
function lineHolding(text: string, content: string): number | undefined {
	const lines = text.split(/\r?\n/);
	let holding: number | undefined;
	for (let first = 0; first < lines.length;) {
		let unfolded = lines[first];
		let next = first + 1;
		for (; next < lines.length && /^[ \t]/.test(lines[next]); next++)
			unfolded += lines[next].slice(1);
		if (unfolded === content) return first + 1;
		if (holding === undefined && unfolded.includes(content)) holding = first + 1;
		first = next;
	}
	return holding;
}

function syntaxError(
	fileName: string,
	text: string,
	error: unknown,
	isByteText: boolean
): InputError {
	const message = errorLine(error);
	if (message.includes('component began but did not end')) {
		const begin = unclosedBegin(text);
		if (begin) {
			return new InputError(
				fileName,
				`the calendar is not valid iCalendar: BEGIN:${begin.name} has no END:${begin.name}`,
				begin.line
			);
		}
	}
	const quoted = QUOTED_LINE.exec(message);
	const content =
		error instanceof ContentLineError ? error.line : quoted && (quoted[1] ?? quoted[2]);
	return new InputError(
		fileName,
		`the calendar is not valid iCalendar: ${isByteText ? utf8OfByteText(message) : message}`,
		content ? lineHolding(text, content) : undefined
	);
}

/**
 * The VCALENDAR components of a file (or of a run of its events, with the file's memo) as jCal; `text` may be the
 * file's byteText, its values then given as the UTF-8 text they stand for.
 */
export function parseCalendars(
	fileName: string,
	text: string,
	memo: LineMemo = new Map(),
	isByteText = false
): JCalComponent[] {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	// ical.js fails with a TypeError on content before the first BEGIN, so that is checked first.
	const lead = /^\s*/.exec(body)?.[0] ?? '';
	if (!/^BEGIN:VCALENDAR\r?(\n|$)/i.test(body.slice(lead.length, lead.length + 17))) {
		throw new InputError(
			fileName,
			'the file does not begin with BEGIN:VCALENDAR, so it is not an iCalendar calendar',
			1 + breaksBetween(lead, 0, lead.length)
		);
	}
	let parsed: unknown[];
	try {
		parsed = parseWithLineMemo(body, memo, isByteText);
	} catch (error) {
		throw syntaxError(fileName, body, error, isByteText);
	}
	// ical.js returns the component itself when the file holds one, else an array of them.
	const components = (typeof parsed[0] === 'string' ? [parsed] : parsed) as JCalComponent[];
	return components.filter((component) => component[0] === 'vcalendar');
}
