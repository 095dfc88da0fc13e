// The bits of RFC 5545 text syntax every iCalendar writer here needs: escaping, quoting, folding, UTC stamps.

/** Escapes an iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function icsText(value: string): string {
	return value.replace(/[\\;,]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value such as CN: RFC 6868 caret-encoding for the characters a parameter cannot hold
 * (a double quote, a line break), then quoted when it contains ':', ';' or ',' (RFC 5545 §3.2).
 */
export function icsParam(value: string): string {
	const encoded = value
		.replace(/\^/g, '^^')
		.replace(/"/g, "^'")
		.replace(/\r\n|\r|\n/g, '^n');
	return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 §3.1),
 * never splitting a character: continuation lines start with one space, which counts.
 */
export function foldLine(line: string): string {
	// A UTF-16 code unit is at most 3 octets (a surrogate pair is 4 for two), so short lines fit.
	if (line.length <= 25) return line;
	let folded = '';
	let segmentStart = 0;
	let octets = 0;
	let limit = 75;
	for (let i = 0; i < line.length;) {
		const code = line.charCodeAt(i);
		let size = 3;
		let units = 1;
		if (code < 0x80) size = 1;
		else if (code < 0x800) size = 2;
		else if (code >= 0xd800 && code < 0xdc00) {
			size = 4;
			units = 2;
		}
		if (octets + size > limit) {
			folded += line.slice(segmentStart, i) + '\r\n ';
			segmentStart = i;
			octets = 0;
			limit = 74;
		}
		octets += size;
		i += units;
	}
	return folded + line.slice(segmentStart);
}

/** Content lines → an iCalendar stream: each folded, each ended by CRLF. */
export function icsDocument(lines: readonly string[]): string {
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** UTC epoch ms → iCalendar basic format without a zone, 'YYYYMMDDTHHMMSS'. */
export function icsBasic(ms: number): string {
	const iso = new Date(ms).toISOString();
	return (
		iso.slice(0, 4) +
		iso.slice(5, 7) +
		iso.slice(8, 10) +
		'T' +
		iso.slice(11, 13) +
		iso.slice(14, 16) +
		iso.slice(17, 19)
	);
}

/** UTC epoch ms → iCalendar UTC date-time, 'YYYYMMDDTHHMMSSZ'. */
export function icsUtc(ms: number): string {
	return icsBasic(ms) + 'Z';
}
