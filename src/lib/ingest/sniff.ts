// Tells from a file's first bytes whether it is text Weft can read, before DuckDB ever sees it.
import { InputError } from './errors';
import type { InputFile } from './inputFile';
import { utf8BomLength } from './textEncoding';

export type FileFormat = 'csv' | 'ics' | 'zip' | 'gexf' | 'graphml';

const MAGIC: [string, number[]][] = [
	['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
	['a JPEG image', [0xff, 0xd8, 0xff]],
	['a GIF image', [0x47, 0x49, 0x46, 0x38]],
	['a PDF document', [0x25, 0x50, 0x44, 0x46]],
	['a legacy Excel or Office file (save it as CSV first)', [0xd0, 0xcf, 0x11, 0xe0]]
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return prefix.every((byte, i) => bytes[i] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function sniffFormat(file: InputFile): FileFormat {
	// Spreadsheet programs put a UTF-8 byte order mark in front of CSV exports.
	const bytes = file.bytes.subarray(utf8BomLength(file.bytes));
	if (bytes.length === 0 || /^\s*$/.test(new TextDecoder().decode(bytes.subarray(0, 1024)))) {
		throw new InputError(file.name, 'the file is empty');
	}
	if (startsWith(bytes, ZIP)) return 'zip';
	for (const [kind, magic] of MAGIC) {
		if (startsWith(bytes, magic))
			throw new InputError(file.name, `this is ${kind}, not a CSV file`);
	}
	if (startsWith(file.bytes, [0xff, 0xfe]) || startsWith(file.bytes, [0xfe, 0xff])) {
		throw new InputError(file.name, 'the file is UTF-16 text; save it as CSV UTF-8');
	}
	if (bytes.subarray(0, 8192).includes(0)) {
		throw new InputError(file.name, 'the file holds binary data, not text');
	}
	const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart();
	if (head.startsWith('<')) return xmlFormat(file.name, bytes);
	return head.toUpperCase().startsWith('BEGIN:VCALENDAR') ? 'ics' : 'csv';
}

/** An XML file is a network when its root element, after the declaration and any comments, is GEXF's or GraphML's. */
function xmlFormat(name: string, bytes: Uint8Array): FileFormat {
	const head = new TextDecoder().decode(bytes.subarray(0, 8192));
	const root = /<([A-Za-z_][\w.-]*:)?(gexf|graphml)[\s>/]/.exec(head)?.[2];
	if (root === 'gexf' || root === 'graphml') return root;
	// A calendar's link saved from a browser, when it needs a sign-in, saves the sign-in page.
	if (/<!doctype html|<html[\s>]/i.test(head)) {
		throw new InputError(
			name,
			"a web page (HTML), not a calendar, CSV or network file; if it came from a calendar's link, download the calendar's .ics export instead"
		);
	}
	throw new InputError(name, 'an XML file, but neither GEXF nor GraphML');
}
