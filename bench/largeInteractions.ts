// Writes an interactions CSV of a given size to disk, for the large-file benchmark and browser test.
import { writeCsvOfSize } from './csvOfSize';

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
	const email = (i: number) => `person${String(i).padStart(4, '0')}@example.org`;
	const made = await writeCsvOfSize(path, bytes, 'source,target,weight,timestamp\n', (row) => {
		// Everyone in turn as the source, the target drawn (hashed from the row) from a few near and far offsets:
		// about 20 ties each however long the file, and short paths across (a ring alone has a tiny spectral gap,
		// on which eigenvector centrality does not converge).
		const source = row % people;
		const target = (source + OFFSETS[hash(row) % OFFSETS.length]) % people;
		const day = String(1 + (row % 28)).padStart(2, '0');
		const hour = String(8 + (row % 10)).padStart(2, '0');
		return `${email(source)},${email(target)},${1 + (row % 3)},2026-02-${day}T${hour}:30:00Z\n`;
	});
	return { rows: made.steps, bytes: made.bytes, people: Math.min(people, made.steps) };
}
