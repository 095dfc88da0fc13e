// Writes an interactions CSV of a given size to disk, streaming, for the large-file benchmark and browser test.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Each chunk is built as one string and written before the next is made, so memory stays at a few MB. */
const CHUNK_BYTES = 4 * 1024 * 1024;

export interface LargeInteractions {
	rows: number;
	bytes: number;
	/** The people named, `person0000@example.org` up; everyone appears within the first `people` rows. */
	people: number;
}

const OFFSETS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181];

/** A 32-bit integer hash (Wang's), so the rows are irregular yet the same every run. */
function hash(n: number): number {
	let x = n ^ 61 ^ (n >>> 16);
	x = Math.imul(x, 9) >>> 0;
	x ^= x >>> 4;
	x = Math.imul(x, 0x27d4eb2d) >>> 0;
	return (x ^ (x >>> 15)) >>> 0;
}

/** About `bytes` of `source,target,weight,timestamp` rows among `people` people (emails), each row ~70 bytes. */
export async function writeInteractionsCsv(
	path: string,
	bytes: number,
	people = 5_000
): Promise<LargeInteractions> {
	const out = createWriteStream(path);
	const email = (i: number) => `person${String(i).padStart(4, '0')}@example.org`;
	let written = 0;
	let rows = 0;
	const header = 'source,target,weight,timestamp\n';
	out.write(header);
	written += header.length;
	while (written < bytes) {
		const lines: string[] = [];
		let size = 0;
		while (size < CHUNK_BYTES && written + size < bytes) {
			// Everyone in turn as the source, the target drawn (hashed from the row) from a few near and far offsets:
			// about 20 ties each however long the file, and short paths across (a ring alone has a tiny spectral gap,
			// on which eigenvector centrality does not converge).
			const source = rows % people;
			const target = (source + OFFSETS[hash(rows) % OFFSETS.length]) % people;
			const day = String(1 + (rows % 28)).padStart(2, '0');
			const hour = String(8 + (rows % 10)).padStart(2, '0');
			const line = `${email(source)},${email(target)},${1 + (rows % 3)},2026-02-${day}T${hour}:30:00Z\n`;
			lines.push(line);
			size += line.length;
			rows++;
		}
		written += size;
		if (!out.write(lines.join(''))) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
	return { rows, bytes: written, people: Math.min(people, rows) };
}
