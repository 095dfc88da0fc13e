// CSV exports: formula-looking text neutralised, figures left as numbers, quoting that spreadsheets and Weft read back.
import { describe, expect, it } from 'vitest';
import { csvCell, csvTable, neutraliseFormula } from '../../../src/lib/export/csv';
import { peopleCsv, teamsCsv, tiesCsv } from '../../../src/lib/export/tables';
import { awkwardAnalysis } from './analyses';

/** Splits RFC 4180 text into rows of cells (quotes, doubled quotes, CRLF), for checking what a spreadsheet sees. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const char = body[i];
		if (quoted) {
			if (char === '"' && body[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(cell);
			cell = '';
		} else if (char === '\r' && body[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += char;
	}
	return rows;
}

describe('spreadsheet-safe CSV', () => {
	it('puts a single quote before text starting with =, +, -, @, tab or carriage return', () => {
		for (const text of ['=1+2', '+44 20', '-2', '@SUM(A1)', '\tx', '\rx'])
			expect(neutraliseFormula(text)).toBe(`'${text}`);
		for (const text of ['Ann', '1=1', 'a-b', "'quoted", '', ' =spaced'])
			expect(neutraliseFormula(text)).toBe(text);
	});

	it('writes figures as plain numbers, negative ones included, and leaves missing figures empty', () => {
		expect(csvCell(-0.25)).toBe('-0.25');
		expect(csvCell(3)).toBe('3');
		expect(csvCell(null)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell(true)).toBe('true');
		expect(csvCell('-0.25')).toBe("'-0.25");
	});

	it('quotes commas, quotes and line breaks, and starts with a UTF-8 byte order mark', () => {
		const text = csvTable(['a', 'b'], [['x, "y"', 'line\nbreak']]);
		expect(text).toBe('\uFEFFa,b\r\n"x, ""y""","line\nbreak"\r\n');
		expect(readCsv(text)).toEqual([
			['a', 'b'],
			['x, "y"', 'line\nbreak']
		]);
	});

	it('exports people, teams and ties with every formula neutralised and every figure intact', async () => {
		const analysis = await awkwardAnalysis();
		const people = readCsv(peopleCsv(analysis));
		const header = people[0];
		expect(header.slice(0, 4)).toEqual(['id', 'name', 'team', 'degree']);
		expect(header).toContain('roster role');
		expect(header.at(-1)).toBe('roleReasons');
		const row = (id: string) =>
			Object.fromEntries(header.map((name, i) => [name, people.find((r) => r[0] === id)![i]]));
		expect(row('cat').name).toBe('\'=HYPERLINK("http://evil.example","click")');
		expect(row('cat').team).toBe("'@Ops");
		expect(row('ann').location).toBe("'+44 London");
		expect(row('ann')['roster role']).toBe('Lead, "Platform"');
		expect(row('dan').name).toBe('Dan\tTab\nNewline');
		const cat = analysis.people.find((p) => p.id === 'cat')!;
		expect(Number(row('cat').betweenness)).toBe(cat.betweenness);
		expect(Number(row('cat').eiIndex)).toBe(cat.eiIndex);
		expect(row('eve').constraint).toBe('');
		expect(row('eve').isolated).toBe('true');
		expect(people).toHaveLength(analysis.people.length + 1);

		const teams = readCsv(teamsCsv(analysis));
		expect(teams[0]).toEqual([
			'team',
			'size',
			'internalTies',
			'externalTies',
			'eiIndex',
			'density'
		]);
		expect(
			teams
				.map((r) => r[0])
				.slice(1)
				.sort()
		).toEqual(["'@Ops", 'R&D <core>']);

		const ties = readCsv(tiesCsv(analysis));
		expect(ties.slice(1)).toEqual(
			analysis.ties.map((t) => [
				t.source,
				t.target,
				String(t.weight),
				String(t.interactions),
				String(t.minutes)
			])
		);
		expect(Number(ties[3][2])).toBe(0.1 + 0.2);
	});
});
