// Deals a large calendar's events out to shares that workers parse side by side, every event of one UID in one share:
// each worker scans the file's bytes once and decodes only its own share.
import { utf8BomLength } from '../textEncoding';
import { byteText } from './byteText';
import { EVENTS_PER_CHUNK, type EventChunk, type SplitCalendar } from './icsChunks';

/**
 * One share: the calendar's frame (properties, time zones) and runs of the share's events, with their lines; the texts
 * are byteText, since a UTF-8 decode of names with accents costs more than the rest of the reading.
 */
export interface EventShare extends SplitCalendar {
	/** The line in the whole file where each of the share's events begins, in order. */
	eventLines: number[];
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** A word a line can start with, in any case: its lower-case bytes, and the bit that folds each letter's case. */
interface LineWord {
	lower: Uint8Array;
	fold: Uint8Array;
}

function lineWord(word: string): LineWord {
	const lower = Uint8Array.from(word.toLowerCase(), (c) => c.charCodeAt(0));
	return { lower, fold: lower.map((b) => (b >= 0x61 && b <= 0x7a ? 0x20 : 0)) };
}

const BEGIN = lineWord('BEGIN:');
const END = lineWord('END:');
const BEGIN_VEVENT = lineWord('BEGIN:VEVENT');
const END_VEVENT = lineWord('END:VEVENT');
const BEGIN_VCALENDAR = lineWord('BEGIN:VCALENDAR');
const END_VCALENDAR = lineWord('END:VCALENDAR');
const UID = lineWord('UID');

function startsWith(bytes: Uint8Array, start: number, end: number, word: LineWord): boolean {
	const { lower, fold } = word;
	if (end - start < lower.length) return false;
	for (let i = 0; i < lower.length; i++)
		if ((bytes[start + i] | fold[i]) !== lower[i]) return false;
	return true;
}

function isLine(bytes: Uint8Array, start: number, end: number, word: LineWord): boolean {
	return end - start === word.lower.length && startsWith(bytes, start, end, word);
}

/** FNV-1a over bytes[from, to) without spaces and tabs, so a UID hashes alike however it is folded or padded. */
function hashBytes(hash: number, bytes: Uint8Array, from: number, to: number): number {
	for (let i = from; i < to; i++) {
		const b = bytes[i];
		if (b !== SPACE && b !== TAB) hash = Math.imul(hash ^ b, 0x01000193);
	}
	return hash;
}

const FNV_OFFSET = 0x811c9dc5;

/** A file's events as a scan of its bytes finds them. */
export interface ScannedEvents {
	/** Byte ranges [begin, end) of the events, the end after END:VEVENT's line break. */
	begins: number[];
	ends: number[];
	lines: number[];
	/** A hash of each event's UID, or -1 when it has none. */
	uids: number[];
}

/** What a scan of part of a file found. */
interface SegmentFindings<Numbers> {
	/** As in ScannedEvents. */
	begins: Numbers;
	ends: Numbers;
	lines: Numbers;
	uids: Numbers;
	/** BEGIN:VCALENDAR lines; the offset of the first END:VCALENDAR line, -1 when none; the lines scanned. */
	calendars: number;
	close: number;
	lineCount: number;
	/** False when the events do not nest plainly, or one is still open at the segment's end. */
	plain: boolean;
}

/**
 * What a scan of the bytes [from, to) of a file found, its lines counted from 1; scans of consecutive segments merge
 * into the scan of the whole (mergeScans), so workers side by side each scan only their own segment. Typed arrays
 * pass between threads as one copy each, where arrays of numbers are cloned number by number.
 */
export type SegmentScan = SegmentFindings<Float64Array>;

function packed(scan: SegmentFindings<number[]>): SegmentScan {
	const { begins, ends, lines, uids } = scan;
	return {
		...scan,
		begins: Float64Array.from(begins),
		ends: Float64Array.from(ends),
		lines: Float64Array.from(lines),
		uids: Float64Array.from(uids)
	};
}

/** The end of the line starting at `start` (before its CR LF or LF), and where the next one starts. */
function lineAt(bytes: Uint8Array, start: number, to: number): { end: number; next: number } {
	const lf = bytes.indexOf(LF, start);
	const next = lf === -1 || lf >= to ? to : lf + 1;
	let end = lf === -1 || lf >= to ? to : lf;
	if (end > start && bytes[end - 1] === CR) end--;
	return { end, next };
}

/**
 * Where each of `count` segments of the file starts: at the first BEGIN:VEVENT line from each count-th of its bytes,
 * so that every segment but the first starts between events, as a scan of the whole file would be there.
 */
export function segmentStarts(bytes: Uint8Array, count: number): number[] {
	const starts = [0];
	for (let k = 1; k < count; k++) {
		let start = Math.max(Math.floor((bytes.length * k) / count), starts[k - 1]);
		if (start > 0 && bytes[start - 1] !== LF) start = lineAt(bytes, start, bytes.length).next;
		while (start < bytes.length) {
			const { end, next } = lineAt(bytes, start, bytes.length);
			if (isLine(bytes, start, end, BEGIN_VEVENT)) break;
			start = next;
		}
		starts.push(start);
	}
	return starts;
}

/** The events in bytes [from, to), its lines read as ical.js reads them (split on LF). */
export function scanSegment(bytes: Uint8Array, from: number, to: number): SegmentScan {
	const scan: SegmentFindings<number[]> = {
		begins: [],
		ends: [],
		lines: [],
		uids: [],
		calendars: 0,
		close: -1,
		lineCount: 0,
		plain: false
	};
	let inEvent = false;
	// Components inside an event (VALARM) hold UIDs of their own.
	let nested = 0;
	let uid = -1;
	let hashingUid = false;
	let line = 1;
	for (let start = from === 0 ? utf8BomLength(bytes) : from; start < to; line++) {
		const { end, next } = lineAt(bytes, start, to);
		const first = bytes[start];
		if (hashingUid && (first === SPACE || first === TAB)) {
			uid = hashBytes(uid, bytes, start + 1, end);
		} else {
			if (hashingUid) uid >>>= 0;
			hashingUid = false;
			const letter = first | 0x20;
			if (letter === 0x62 /* b */) {
				if (isLine(bytes, start, end, BEGIN_VEVENT)) {
					if (inEvent) return packed(scan);
					inEvent = true;
					uid = -1;
					scan.begins.push(start);
					scan.lines.push(line);
				} else if (isLine(bytes, start, end, BEGIN_VCALENDAR)) scan.calendars++;
				else if (inEvent && startsWith(bytes, start, end, BEGIN)) nested++;
			} else if (letter === 0x65 /* e */) {
				if (isLine(bytes, start, end, END_VEVENT)) {
					if (!inEvent || nested !== 0) return packed(scan);
					inEvent = false;
					scan.ends.push(next);
					scan.uids.push(uid);
				} else if (startsWith(bytes, start, end, END_VCALENDAR)) {
					if (scan.close === -1) scan.close = start;
				} else if (inEvent && startsWith(bytes, start, end, END)) nested--;
			} else if (
				letter === 0x75 /* u */ &&
				inEvent &&
				nested === 0 &&
				uid === -1 &&
				startsWith(bytes, start, end, UID) &&
				(bytes[start + 3] === 0x3a /* : */ || bytes[start + 3] === 0x3b) /* ; */
			) {
				uid = hashBytes(FNV_OFFSET, bytes, start + 3, end);
				hashingUid = true;
			}
		}
		start = next;
	}
	scan.lineCount = line - 1;
	scan.plain = !inEvent;
	return packed(scan);
}

/** The scan of the whole file from the scans of its segments, in order; null when its events do not nest plainly. */
export function mergeScans(scans: readonly SegmentScan[]): ScannedEvents | null {
	const merged: ScannedEvents = { begins: [], ends: [], lines: [], uids: [] };
	let calendars = 0;
	let close = -1;
	let linesBefore = 0;
	for (const scan of scans) {
		if (!scan.plain) return null;
		for (let i = 0; i < scan.begins.length; i++) {
			merged.begins.push(scan.begins[i]);
			merged.ends.push(scan.ends[i]);
			merged.lines.push(scan.lines[i] + linesBefore);
			merged.uids.push(scan.uids[i]);
		}
		calendars += scan.calendars;
		if (close === -1) close = scan.close;
		linesBefore += scan.lineCount;
	}
	const events = merged.begins.length;
	if (calendars !== 1 || events === 0 || close < merged.ends[events - 1]) return null;
	return merged;
}

/** The whole file's scan, on this thread. */
export function scanEvents(bytes: Uint8Array): ScannedEvents | null {
	return mergeScans([scanSegment(bytes, 0, bytes.length)]);
}

const encoder = new TextEncoder();
const NOTHING = new Uint8Array(0);
// A run of events is parsed as a calendar of its own.
const RUN_HEAD = encoder.encode('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
const RUN_TAIL = encoder.encode('END:VCALENDAR\r\n');

/** bytes[from[i], to[i]) for each i, between `head` and `tail`, as one byteText. */
function decodeRanges(
	bytes: Uint8Array,
	from: readonly number[],
	to: readonly number[],
	head = NOTHING,
	tail = NOTHING
): string {
	let size = head.length + tail.length;
	for (let i = 0; i < from.length; i++) size += to[i] - from[i];
	const joined = new Uint8Array(size);
	joined.set(head);
	let at = head.length;
	for (let i = 0; i < from.length; i++) {
		joined.set(bytes.subarray(from[i], to[i]), at);
		at += to[i] - from[i];
	}
	joined.set(tail, at);
	return byteText(joined);
}

/**
 * Share `index` of `count`: the events whose UID hashes to it (a scan of BEGIN/END and UID lines, not a parser: every
 * run still goes through ICAL.parse), with everything else in the file as the frame; `scanned` is the whole file's
 * scan, made here unless workers made it together. Returns null when the file holds several calendars or its events
 * do not nest plainly; the caller then reads the whole file as share 0 and nothing as the others.
 */
export function calendarShare(
	bytes: Uint8Array,
	index: number,
	count: number,
	eventsPerChunk = EVENTS_PER_CHUNK,
	scanned = scanEvents(bytes)
): EventShare | null {
	if (!scanned) return null;
	const { begins, ends, lines, uids } = scanned;
	// Events without a UID stand alone, so they are dealt round by position.
	const mine = begins.flatMap((_, i) =>
		(uids[i] === -1 ? i : uids[i]) % count === index ? [i] : []
	);

	const frameFrom = [utf8BomLength(bytes), ...ends];
	const frameTo = [...begins, bytes.length];
	const chunks: EventChunk[] = [];
	for (let first = 0; first < mine.length; first += eventsPerChunk) {
		const run = mine.slice(first, first + eventsPerChunk);
		chunks.push({
			text: decodeRanges(
				bytes,
				run.map((i) => begins[i]),
				run.map((i) => ends[i]),
				RUN_HEAD,
				RUN_TAIL
			),
			firstLine: lines[run[0]]
		});
	}
	return {
		frame: decodeRanges(bytes, frameFrom, frameTo),
		chunks,
		eventLines: mine.map((i) => lines[i])
	};
}
