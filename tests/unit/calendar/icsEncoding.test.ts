// Bytes as exporters write them: lines folded inside a UTF-8 character (RFC 5545 asks readers to mend them), and files
// that are not UTF-8 at all, read whole and in shares.
import { describe, expect, it } from 'vitest';
import { parseIcsBytes, startIcsShare } from '../../../src/lib/ingest/calendar/ics';
import { failure, ics, vevent } from './helpers';

const title = 'Café ☕ 🎉 Planung';
const name = 'Zoë Łukasz';
const calendar = ics(
	...vevent(
		'UID:folded',
		'DTSTART:20260105T090000Z',
		'DTEND:20260105T100000Z',
		`SUMMARY:${title}`,
		`ORGANIZER;CN=${name}:mailto:zoe@example.org`,
		'ATTENDEE:mailto:bo@example.org'
	),
	...vevent('UID:plain', 'DTSTART:20260106T090000Z', 'ATTENDEE:mailto:bo@example.org')
);

/** The bytes with a fold (CRLF and a space) at each of these byte offsets into the line that starts with `marker`. */
function foldAt(bytes: Buffer, marker: string, offsets: number[]): Buffer {
	const line = bytes.indexOf(`\r\n${marker}`) + 2;
	const pieces: Buffer[] = [];
	let from = 0;
	for (const offset of offsets) {
		pieces.push(bytes.subarray(from, line + offset), Buffer.from('\r\n '));
		from = line + offset;
	}
	return Buffer.concat([...pieces, bytes.subarray(from)]);
}

/** Inside é (2 bytes), ☕ (3) and 🎉 (4) of 'SUMMARY:Café ☕ 🎉 Planung'; inside Ł of 'ORGANIZER;CN=Zoë Łukasz'. */
const folded = foldAt(foldAt(Buffer.from(calendar), 'SUMMARY:', [12, 15, 20]), 'ORGANIZER;', [19]);

function readInShares(bytes: Uint8Array) {
	return [0, 1].flatMap((index) => {
		const { expansion } = startIcsShare('folded.ics', bytes, { part: { index, count: 2 } });
		return expansion.bounded();
	});
}

describe('calendar bytes', () => {
	it('mends lines folded inside a UTF-8 character, read whole or in shares', () => {
		expect(new TextDecoder().decode(folded)).toContain('\uFFFD');
		for (const occurrences of [
			parseIcsBytes('folded.ics', folded).occurrences,
			readInShares(folded)
		]) {
			const [occurrence] = occurrences.filter((o) => o.uid === 'folded');
			expect(occurrence.title).toBe(title);
			expect(occurrence.attendees[0]).toEqual({
				email: 'zoe@example.org',
				name,
				partstat: null,
				organizer: true
			});
		}
	});

	it('reads a Windows-1252 file (as old exporters wrote) as Windows-1252, as a CSV is, read whole or in shares', () => {
		const windowsTitle = 'Café – €5 ‘Planung’';
		const windowsName = 'Zoë Müller';
		// Each character's one byte in Windows-1252: Latin-1's for é, ë and ü, and 0x80 to 0x9F for the rest.
		const windows1252: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '–': 0x96 };
		const text = ics(
			...vevent(
				'UID:windows',
				'DTSTART:20260105T090000Z',
				'DTEND:20260105T100000Z',
				`SUMMARY:${windowsTitle}`,
				`ORGANIZER;CN=${windowsName}:mailto:zoe@example.org`,
				'ATTENDEE:mailto:bo@example.org'
			),
			...vevent('UID:plain', 'DTSTART:20260106T090000Z', 'ATTENDEE:mailto:bo@example.org')
		);
		const bytes = Uint8Array.from(text, (c) => windows1252[c] ?? c.charCodeAt(0));
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		for (const occurrences of [
			parseIcsBytes('windows.ics', bytes).occurrences,
			readInShares(bytes)
		]) {
			const [occurrence] = occurrences.filter((o) => o.uid === 'windows');
			expect(occurrence.title).toBe(windowsTitle);
			expect(occurrence.attendees[0].name).toBe(windowsName);
		}
	});

	it('reads a value whose bytes are not UTF-8 as Windows-1252 and the others as UTF-8, after a byte order mark', () => {
		const bytes = Buffer.concat([
			Buffer.from([0xef, 0xbb, 0xbf]),
			Buffer.from(calendar.replace(title, 'Caf\0 Planung'))
		]);
		bytes[bytes.indexOf(0)] = 0xe9;
		const [occurrence] = parseIcsBytes('windows.ics', bytes).occurrences;
		expect(occurrence.title).toBe('Café Planung');
		expect(occurrence.attendees[0].name).toBe(name);
	});

	it('names the line of a broken line, and quotes it in UTF-8, in a file that needs mending', () => {
		const broken = foldAt(
			Buffer.from(calendar.replace(`ORGANIZER;CN=${name}:`, `ORGANIZER;CN="${name}`)),
			'SUMMARY:',
			[12, 15, 20]
		);
		const { message, line } = failure(() => parseIcsBytes('broken.ics', broken));
		expect(message).toContain(name);
		// The SUMMARY takes lines 8 to 11 once folded three times.
		expect(line).toBe(12);
	});
});
