// Text with one character per byte of a UTF-8 file, and the UTF-8 text of such characters: a file's names and titles
// make its UTF-8 text two bytes a character, which decodes and parses several times slower than one-byte text.
import { decodeWindows1252, utf8BomLength } from '../textEncoding';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The Encoding Standard's single-byte decoder (one character per byte, and fast, where a UTF-8 decode with accents is
 * not), with the byte each of its characters above 0xFF stands for (0x80 to 0x9F, where it is not Latin-1). Made at
 * first use, in the browser alone: Node reads bytes as Latin-1 (below).
 */
let singleByte: { decoder: TextDecoder; byteOf: Map<number, number> } | undefined;

function singleByteCodec(): NonNullable<typeof singleByte> {
	if (singleByte) return singleByte;
	const decoder = new TextDecoder('windows-1252');
	const byteOf = new Map<number, number>();
	for (let byte = 0x80; byte < 0xa0; byte++) {
		const code = decoder.decode(Uint8Array.of(byte)).charCodeAt(0);
		if (code !== byte) byteOf.set(code, byte);
	}
	return (singleByte = { decoder, byteOf });
}

const NOT_ASCII = /[\u0080-\uffff]/;

/** Node's Buffer, where there is one: its Latin-1 decode is one character per byte too. */
const nodeBuffer = (globalThis as { Buffer?: typeof import('node:buffer').Buffer }).Buffer;

/** One character for each byte: ASCII as itself, every other byte as a character standing for it. */
export function byteText(bytes: Uint8Array): string {
	// Node's windows-1252 decoder goes through ICU, several times slower than its Latin-1 (browsers have no Latin-1
	// decoder: their "latin1" is windows-1252); Latin-1's characters are all below 0x100, which utf8OfByteText maps back.
	if (nodeBuffer)
		return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
	return singleByteCodec().decoder.decode(bytes);
}

/**
 * The text a byteText stands for: its bytes read as UTF-8 or, when they are not UTF-8 (an old exporter's Windows-1252),
 * as Windows-1252, as a CSV's are.
 */
export function utf8OfByteText(text: string): string {
	if (!NOT_ASCII.test(text)) return text;
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// Characters above 0xFF come from the browser's decoder only.
		bytes[i] = code < 0x100 ? code : (singleByteCodec().byteOf.get(code) ?? 0x3f);
	}
	try {
		return strictUtf8.decode(bytes);
	} catch {
		return decodeWindows1252(bytes);
	}
}

/** A calendar file's text, and whether it is its byteText. */
export interface CalendarText {
	text: string;
	isByteText: boolean;
}

/**
 * The file's text as UTF-8 or, when its bytes are not UTF-8, as byteText (without a byte order mark): a line folded
 * inside a character, which RFC 5545 asks readers to mend, is then joined before it is decoded, and a value whose
 * bytes are still not UTF-8 is read as Windows-1252.
 */
export function calendarText(bytes: Uint8Array): CalendarText {
	try {
		return { text: strictUtf8.decode(bytes), isByteText: false };
	} catch {
		return { text: byteText(bytes.subarray(utf8BomLength(bytes))), isByteText: true };
	}
}

/** Whether a byteText holds anything but ASCII, so that what is parsed from it must go through utf8OfByteValues. */
export function holdsNonAscii(text: string): boolean {
	return NOT_ASCII.test(text);
}

/** A parsed value of byteText (strings, within arrays and objects) as the UTF-8 text it stands for, changed in place. */
export function utf8OfByteValues<T>(value: T): T {
	if (typeof value === 'string') return utf8OfByteText(value) as T;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) value[i] = utf8OfByteValues(value[i]);
	} else if (value !== null && typeof value === 'object') {
		const fields = value as Record<string, unknown>;
		for (const key of Object.keys(fields)) fields[key] = utf8OfByteValues(fields[key]);
	}
	return value;
}
