// Packs and unpacks a workspace file's entries, here or in a worker (zipEntries.worker.ts) so the page does not freeze
// on large ones.
import { unzipSync, zipSync } from 'fflate';

/** The entries of a workspace file, by name. */
export type ZipEntries = Record<string, Uint8Array>;

/** Each entry's buffer once (a stored entry may be a view into the same buffer as another), to move them all. */
export function entryBuffers(entries: ZipEntries): ArrayBuffer[] {
	return [...new Set(Object.values(entries).map((bytes) => bytes.buffer as ArrayBuffer))];
}

/** Packs entries into a zip, on whatever thread calls it. */
export type Zipper = (entries: ZipEntries) => Promise<Uint8Array>;

/** Zips on this thread: in Node (the command, the tests). */
export function zipEntries(entries: ZipEntries): Uint8Array {
	// Level 1: Arrow columns of repeated names and times shrink several times over even at the fastest level.
	return zipSync(entries, { level: 1 });
}

export const zipHere: Zipper = async (entries) => zipEntries(entries);

/** Unpacks every entry of a zip, on whatever thread calls it. */
export type Unzipper = (zipped: Uint8Array) => Promise<ZipEntries>;

export const unzipHere: Unzipper = async (zipped) => unzipSync(zipped);
