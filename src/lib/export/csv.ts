// CSV text that spreadsheets open safely: RFC 4180 quoting, and no text cell that a spreadsheet would run as a formula.

export type CsvValue = string | number | boolean | null | undefined;

/** What a spreadsheet reads as the start of a formula (or, for tab and CR, can be made to). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading single quote, so Excel, LibreOffice
 * and Google Sheets show it as text instead of running it (CSV injection). Figures are written as plain numbers.
 */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = neutraliseFormula(value);
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Marks the text as UTF-8 for Excel, which otherwise reads accented names in the system's code page. */
const UTF8_BOM = '\uFEFF';

/** A header row and data rows, lines ending in CRLF as RFC 4180 has it. */
export function csvTable(
	header: readonly string[],
	rows: readonly (readonly CsvValue[])[]
): string {
	return UTF8_BOM + [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
