// Checks the shared iCalendar text helpers: TEXT escaping, parameter quoting and octet-counted folding.
import { describe, expect, it } from 'vitest';
import { foldLine, icsDocument, icsParam, icsText, icsUtc } from '../../../src/lib/demo/exportIcal';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');

describe('iCalendar text helpers', () => {
	it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
		expect(icsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
		expect(icsText('Hannah / Seán 1:1')).toBe('Hannah / Seán 1:1');
	});

	it('quotes parameter values with separators and caret-encodes quotes', () => {
		expect(icsParam('Seán Kelly')).toBe('Seán Kelly');
		expect(icsParam('Jones, Dana')).toBe('"Jones, Dana"');
		expect(icsParam('Dana "DJ" Jones')).toBe("Dana ^'DJ^' Jones");
		expect(icsParam('a^b')).toBe('a^^b');
	});

	it('folds at 75 octets without splitting a UTF-8 character', () => {
		const line = 'ATTENDEE;CN=' + 'Siobhán Ó Súilleabháin 😀 '.repeat(8) + ':mailto:x@y.example';
		const folded = foldLine(line);
		const physical = folded.split('\r\n');
		expect(physical.length).toBeGreaterThan(1);
		for (const [i, part] of physical.entries()) {
			expect(octets(part)).toBeLessThanOrEqual(75);
			if (i > 0) expect(part.startsWith(' ')).toBe(true);
		}
		expect(physical.map((part, i) => (i > 0 ? part.slice(1) : part)).join('')).toBe(line);
		expect(folded).not.toMatch(/\uFFFD/);
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
	});

	it('ends every line with CRLF and writes UTC stamps in basic format', () => {
		expect(icsDocument(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe(
			'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'
		);
		expect(icsUtc(Date.UTC(2026, 2, 29, 1, 2, 3))).toBe('20260329T010203Z');
	});
});
