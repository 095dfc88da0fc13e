// A file handed to Weft: its name as the user knows it and its bytes, whether from a drop, a picker or the disk; or,
// when it is large, where DuckDB can read it from, with only its head in memory.
import type { DiskSource } from '../db/types';

export type { DiskSource };

export interface InputFile {
	name: string;
	bytes: Uint8Array;
	/**
	 * The bytes were read for this import alone (a large file read from disk), so a parser may take them (move them to
	 * a worker) instead of copying them; the caller's own bytes are never taken.
	 */
	owned?: boolean;
}

/**
 * A file too large to copy into JS memory: a CSV in it is read by DuckDB from disk, in slices; only its first bytes
 * are read here, to recognise its format and encoding.
 */
export interface DiskFile {
	name: string;
	size: number;
	/** The first HEAD_BYTES of the file (all of it when shorter). */
	head: Uint8Array;
	source: DiskSource;
	/** The whole file, for the formats Weft parses itself (calendars, archives, networks). */
	readAll(): Promise<Uint8Array>;
}

export type ImportInput = InputFile | DiskFile;

/**
 * From this size a file is read from disk rather than into memory. Below it, a copy in JS (and one handed to DuckDB)
 * costs at most a few hundred MB and buys what only a whole file allows: Windows-1252 and UTF-16 read as UTF-8, and
 * exact line-ending diagnoses; above it, those copies alone would take more memory than the tables the file makes.
 */
export const LARGE_FILE_BYTES = 64 * 1024 * 1024;

/** Enough for the format, the encoding and any header Weft accepts being recognised (headers are at most 1 MB). */
export const HEAD_BYTES = 1024 * 1024;

export function isDiskFile(file: ImportInput): file is DiskFile {
	return 'source' in file;
}

export function textFile(name: string, text: string): InputFile {
	return { name, bytes: new TextEncoder().encode(text) };
}

/** A browser File (or any Blob with a name), as bytes when small and as a disk file when large. */
export async function inputFromBlob(
	name: string,
	blob: Blob,
	largeFrom = LARGE_FILE_BYTES
): Promise<ImportInput> {
	if (blob.size < largeFrom) return { name, bytes: new Uint8Array(await blob.arrayBuffer()) };
	return {
		name,
		size: blob.size,
		head: new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer()),
		source: { kind: 'blob', blob },
		readAll: async () => new Uint8Array(await blob.arrayBuffer())
	};
}
