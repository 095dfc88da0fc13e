// Reads the files named on the command line, with a one-line error for a file that is not there.
import { open, readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { InputError } from '../lib/ingest/errors';
import { HEAD_BYTES, LARGE_FILE_BYTES, type ImportInput } from '../lib/ingest/inputFile';

/** The file's bytes; from LARGE_FILE_BYTES up, only its head, and its path for DuckDB to read it from disk. */
export async function readInputFile(
	path: string,
	{ largeFrom = LARGE_FILE_BYTES }: { largeFrom?: number } = {}
): Promise<ImportInput> {
	try {
		const handle = await open(path);
		try {
			const { size } = await handle.stat();
			if (size < largeFrom)
				return { name: basename(path), bytes: new Uint8Array(await handle.readFile()) };
			const head = new Uint8Array(Math.min(size, HEAD_BYTES));
			await handle.read(head, 0, head.length, 0);
			return {
				name: basename(path),
				size,
				head,
				source: { kind: 'path', path: resolve(path) },
				readAll: async () => new Uint8Array(await readFile(path))
			};
		} finally {
			await handle.close();
		}
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const problem =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a folder, not a file'
					: `cannot be read (${code})`;
		throw new InputError(path, problem);
	}
}

/** Writes `text` to `path`, or to stdout when no path is given. */
export async function writeOutput(path: string | undefined, text: string): Promise<void> {
	if (path === undefined) process.stdout.write(text);
	else await writeFile(path, text);
}
