// Reads a CSV file through DuckDB's reader with an explicit dialect, so every bad row is reported with its line.
import type { Database, DiskSource, Queryable } from '../db/types';
import { sqlIdentifier, sqlString } from '../db/sql';
import { InputError } from './errors';

export interface CsvLayout {
	/** Header names as written in the file, in column order. */
	header: string[];
	delimiter: string;
}

/** The header's names for a message about the file, a column without a name shown as such rather than as nothing. */
export function foundColumns(layout: CsvLayout): string {
	return `found columns: ${layout.header.map((name) => (name.trim() === '' ? '(no name)' : name)).join(', ')}`;
}

const DELIMITERS = [',', ';', '\t', '|'];
/** The longest line DuckDB is asked to read, and the longest header Weft takes. */
const MAX_LINE_BYTES = 8 * 1024 * 1024;
const MAX_HEADER_CHARS = 1024 * 1024;

function megabytes(chars: number): string {
	return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

/** Splits a header line on a delimiter, honouring quotes; DuckDB's sniffer gives up on files with one bad row and then reports no line, so the dialect is read here and handed to it. */
function splitHeader(line: string, delimiter: string): string[] {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (char === '"') {
			if (quoted && line[i + 1] === '"') {
				field += '"';
				i++;
			} else quoted = !quoted;
		} else if (char === delimiter && !quoted) {
			fields.push(field.trim());
			field = '';
		} else field += char;
	}
	fields.push(field.trim());
	return fields;
}

function countOutsideQuotes(line: string, char: string): number {
	return splitHeader(line, char).length - 1;
}

export async function readCsvLayout(
	db: Queryable,
	fileName: string,
	path: string
): Promise<CsvLayout> {
	// Not strict: read without quotes, a cell's own line break (Excel writes \n in a \r\n file) would stop the reader.
	const rows = await db.query<{ line: string }>(
		`SELECT line FROM read_csv(${sqlString(path)}, auto_detect = false, header = false,
			columns = {'line': 'VARCHAR'}, delim = chr(0), quote = '', escape = '', strict_mode = false,
			max_line_size = ${MAX_LINE_BYTES})
			WHERE trim(line) <> '' LIMIT 1`
	);
	const line = rows[0]?.line?.replace(/^\uFEFF/, '').replace(/\r$/, '');
	if (!line) throw new InputError(fileName, 'the file is empty');
	if (line.length > MAX_HEADER_CHARS) {
		throw new InputError(
			fileName,
			`the first line is ${megabytes(line.length)} long; a header line is at most 1 MB, so the file has no line breaks where a CSV has them`,
			1
		);
	}
	const delimiter = DELIMITERS.reduce((best, candidate) =>
		countOutsideQuotes(line, candidate) > countOutsideQuotes(line, best) ? candidate : best
	);
	const header = splitHeader(line, delimiter);
	if (header.length > 2000) {
		throw new InputError(
			fileName,
			`the header has ${header.length} columns; Weft reads at most 2000`,
			1
		);
	}
	return { header, delimiter };
}

/** Column i of the file is called `c{i}` in SQL, so header text never becomes part of a query. */
export function csvColumn(index: number): string {
	return sqlIdentifier(`c${index}`);
}

/** A `read_csv(...)` table expression with every column as text, plus `line` (the header is line 1). */
export function csvRowsSql(path: string, layout: CsvLayout): string {
	const columns = layout.header.map((_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ');
	return `(SELECT row_number() OVER () + 1 AS line, * FROM read_csv(${sqlString(path)},
		auto_detect = false, header = true, columns = {${columns}}, delim = ${sqlString(layout.delimiter)},
		quote = '"', escape = '"', strict_mode = true, null_padding = false, max_line_size = ${MAX_LINE_BYTES}))`;
}

/**
 * The first line whose ending DuckDB's reader cannot follow: a lone carriage return, or \r\n and \n mixed. Breaks
 * inside quotes are part of a value (Excel writes a cell's own breaks as \n in a \r\n file), so they are not judged.
 */
function lineEndingProblem(bytes: Uint8Array): { line: number; problem: string } | undefined {
	let line = 1;
	let crlf: boolean | undefined;
	let quoted = false;
	for (let i = 0; i < bytes.length; i++) {
		// A doubled quote inside quotes flips this twice, so it stays inside; a stray quote (5" screen) leaves the rest
		// unjudged, and the caller's general message stands.
		if (bytes[i] === 0x22) quoted = !quoted;
		if (quoted) {
			if (bytes[i] === 0x0a) line++;
			continue;
		}
		if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) {
			return { line, problem: 'a carriage return (\\r) in the middle of the line' };
		}
		if (bytes[i] !== 0x0a) continue;
		const ending = bytes[i - 1] === 0x0d;
		crlf ??= ending;
		if (ending !== crlf) {
			return { line, problem: 'this line ends differently from the first (\\r\\n and \\n mixed)' };
		}
		line++;
	}
	return undefined;
}

/** Turns DuckDB's multi-line CSV error into our one-line message with the line it names. */
export function csvReadError(fileName: string, error: unknown, bytes?: Uint8Array): InputError {
	const message = error instanceof Error ? error.message : String(error);
	const line = /CSV Error on Line: (\d+)/.exec(message)?.[1];
	const duckdbProblem = message.split('\n')[0].replace(/^[A-Za-z ]*Error: /, '');
	const problem =
		/Expected Number of Columns: (\d+) Found: (\d+)/.exec(message)?.slice(1) ??
		(/unterminated quote/i.test(message) ? ['unterminated'] : undefined);
	let text: string;
	if (problem?.length === 2) text = `expected ${problem[0]} columns, found ${problem[1]}`;
	else if (problem) text = 'a quoted value is never closed (unbalanced " quotes)';
	else if (/invalid unicode|utf-?8/i.test(message))
		text = 'the file is not UTF-8 text; save it as CSV UTF-8';
	else if (/state machine reached an invalid state/i.test(message)) {
		const ending = bytes && lineEndingProblem(bytes);
		return new InputError(
			fileName,
			ending
				? `${ending.problem}; save the file again as CSV`
				: 'the file does not follow the CSV rules (RFC 4180) for quotes and line breaks; save it again as CSV',
			ending?.line ?? (line ? Number(line) : undefined)
		);
	} else if (/could not allocate|out of memory/i.test(message))
		text = `DuckDB ran out of memory for its rows (${duckdbProblem}); split the file (interactions can also be summed per pair of people and day first)`;
	else if (/maximum line size/i.test(message))
		text = `a line is longer than ${MAX_LINE_BYTES / (1024 * 1024)} MB, more than any CSV row should be`;
	else text = duckdbProblem;
	return new InputError(fileName, text, line ? Number(line) : undefined);
}

/** Registers each file (its bytes, or where it is on disk) under a generated name for the length of `work`, and always removes them after. */
export async function withRegisteredFiles<T>(
	db: Database,
	files: readonly ({ bytes: Uint8Array } | { source: DiskSource })[],
	work: (paths: string[]) => Promise<T>
): Promise<T> {
	const paths = files.map(() => `weft_input_${crypto.randomUUID()}.csv`);
	try {
		for (const [i, path] of paths.entries()) {
			const file = files[i];
			await db.registerFile(path, 'bytes' in file ? file.bytes : file.source);
		}
		return await work(paths);
	} finally {
		for (const path of paths) await db.dropFile(path);
	}
}
