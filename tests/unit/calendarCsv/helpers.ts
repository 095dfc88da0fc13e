// Reads a calendar CSV fixture or text through real DuckDB-WASM, the way an import does: register the bytes, read the layout, then the reader.
import { readFileSync } from 'node:fs';
import type { Database } from '../../../src/lib/db/types';
import {
	readCsvLayout,
	withRegisteredFiles,
	type CsvLayout
} from '../../../src/lib/ingest/csvTable';

export function fixture(name: string): Uint8Array {
	return readFileSync(new URL(`../../fixtures/calendarCsv/${name}`, import.meta.url));
}

export async function readCsv<T>(
	db: Database,
	fileName: string,
	content: Uint8Array | string,
	read: (path: string, layout: CsvLayout) => Promise<T>
): Promise<T> {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	return withRegisteredFiles(db, [{ bytes }], async ([path]) =>
		read(path, await readCsvLayout(db, fileName, path))
	);
}

/** The message of the error `work` throws. */
export async function errorOf(work: Promise<unknown>): Promise<string> {
	try {
		await work;
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected an error');
}

/** UTC epoch ms, months counted from 1. */
export function utc(year: number, month: number, day: number, hours = 0, minutes = 0): number {
	return Date.UTC(year, month - 1, day, hours, minutes);
}
