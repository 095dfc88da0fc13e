// Reads the two encodings spreadsheets save CSV in besides UTF-8 (Excel's UTF-16 "Unicode text", Windows-1252) as UTF-8.
import type { InputFile } from './inputFile';

export type TextEncodingRead = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const CHUNK = 1024 * 1024;

/** Windows-1252's characters for bytes 0x80 to 0x9F (the rest are Latin-1's); Node's TextDecoder reads these as controls. */
// prettier-ignore
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

export function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const codes = new Uint16Array(8192);
	for (let start = 0; start < bytes.length; start += codes.length) {
		const slice = bytes.subarray(start, start + codes.length);
		for (let i = 0; i < slice.length; i++) {
			const byte = slice[i];
			codes[i] = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : byte;
		}
		parts.push(String.fromCharCode(...codes.subarray(0, slice.length)));
	}
	return parts.join('');
}

/** Whether the bytes are valid UTF-8, checked a megabyte at a time so a large file is never one string. */
function isUtf8(bytes: Uint8Array): boolean {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		for (let start = 0; start < bytes.length; start += CHUNK) {
			decoder.decode(bytes.subarray(start, start + CHUNK), {
				stream: start + CHUNK < bytes.length
			});
		}
		return true;
	} catch {
		return false;
	}
}

/** Which encoding the text is in: a UTF-16 byte order mark says so; bytes that are not UTF-8 are Windows-1252. */
export function textEncodingOf(bytes: Uint8Array): TextEncodingRead {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/** Whether a file's first bytes are UTF-8; a character cut in two where they end is allowed. */
export function startsAsUtf8(head: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/** 3 when the bytes start with UTF-8's byte order mark, else 0. */
export function utf8BomLength(bytes: Uint8Array): number {
	return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

export function hasUtf16Bom(bytes: Uint8Array): boolean {
	return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The file as UTF-8, unchanged when it already is; every Windows-1252 byte has a character, so nothing is lost. */
export function asUtf8(file: InputFile): InputFile {
	const encoding = textEncodingOf(file.bytes);
	if (encoding === 'utf-8') return file;
	const text = (
		encoding === 'windows-1252'
			? decodeWindows1252(file.bytes)
			: new TextDecoder(encoding).decode(file.bytes)
	).replace(/^\uFEFF/, '');
	return { name: file.name, bytes: new TextEncoder().encode(text) };
}
