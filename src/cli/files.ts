// Reads the files named on the command line, with a one-line error for a file that is not there.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../lib/ingest/errors';
import type { InputFile } from '../lib/ingest/inputFile';

export async function readInputFile(path: string): Promise<InputFile> {
	try {
		return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
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
