// Writes a CSV of about a given size to disk, streaming, for the large-file benchmark and browser tests.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Each chunk is built as one string and written before the next is made, so memory stays at a few MB. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** Writes `header`, then `lines(step)` for step 0, 1, ... until about `bytes` are written; gives the steps and bytes. */
export async function writeCsvOfSize(
	path: string,
	bytes: number,
	header: string,
	lines: (step: number) => string
): Promise<{ steps: number; bytes: number }> {
	const out = createWriteStream(path);
	let written = header.length;
	let steps = 0;
	out.write(header);
	while (written < bytes) {
		const chunk: string[] = [];
		let size = 0;
		while (size < CHUNK_BYTES && written + size < bytes) {
			const text = lines(steps++);
			chunk.push(text);
			size += text.length;
		}
		written += size;
		if (!out.write(chunk.join(''))) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
	return { steps, bytes: written };
}
