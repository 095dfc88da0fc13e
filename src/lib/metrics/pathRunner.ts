// Runs the shortest-path pass where the caller chooses: in this thread or split over workers (the page's, the
// command's worker threads), in the same slices either way, so that the figures are the same to the last bit on any
// machine.
import {
	addPathTotals,
	emptyPathTotals,
	pathScratch,
	shortestPathTotals,
	type Adjacency,
	type PathTotals
} from './shortestPaths';

/** Follows shortest paths from `sources`; reports the share done (0..1) now and then. */
export type PathRunner = (
	graph: Adjacency,
	sources: Int32Array,
	onProgress: (fraction: number) => void,
	signal?: AbortSignal
) => Promise<PathTotals>;

/** Progress is reported about this many times over a run. */
const PROGRESS_STEPS = 50;

/**
 * The pass is cut into this many slices whatever the number of threads, each summed on its own and then all added in
 * order: sums of fractions differ in their last bits with the order they are added in. 12 slices share out evenly
 * among one to four threads.
 */
export const PATH_SLICES = 12;

export function throwIfAborted(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
}

/** Interleaves the sources into the slices: neighbouring people cost alike, so every slice costs about the same. */
export function sliceSources(sources: Int32Array): Int32Array[] {
	return Array.from({ length: PATH_SLICES }, (_, slice) =>
		sources.filter((_source, i) => i % PATH_SLICES === slice)
	);
}

/** The slices' totals added in slice order, as the pass over all of them. */
export function addSlices(people: number, parts: readonly PathTotals[]): PathTotals {
	const sources = parts.reduce((sum, part) => sum + part.sourceMeanDistance.length, 0);
	const totals = emptyPathTotals(people, sources);
	let offset = 0;
	for (const part of parts) {
		addPathTotals(totals, part, offset);
		offset += part.sourceMeanDistance.length;
	}
	return totals;
}

/** Each slice's totals, followed in this thread; `onSource` is called after each source with the number done in all. */
export function followSlices(
	graph: Adjacency,
	slices: readonly Int32Array[],
	onSource?: (done: number) => void
): PathTotals[] {
	let before = 0;
	const scratch = pathScratch(graph);
	return slices.map((slice) => {
		const part = shortestPathTotals(graph, slice, (done) => onSource?.(before + done), scratch);
		before += slice.length;
		return part;
	});
}

/** An onSource for `sources` sources that reports the share done about PROGRESS_STEPS times. */
export function progressEvery(
	sources: number,
	report: (fraction: number) => void
): (done: number) => void {
	const every = Math.max(1, Math.ceil(sources / PROGRESS_STEPS));
	return (done) => {
		if (done % every === 0) report(done / sources);
	};
}

/** The whole pass in this thread, slice by slice. */
export function followPass(
	graph: Adjacency,
	sources: Int32Array,
	onSource?: (done: number) => void
): PathTotals {
	return addSlices(graph.starts.length - 1, followSlices(graph, sliceSources(sources), onSource));
}

/** In this thread, checking for cancel between sources. */
export const runPathsHere: PathRunner = async (graph, sources, onProgress, signal) => {
	throwIfAborted(signal);
	const onSource = progressEvery(sources.length, (fraction) => {
		throwIfAborted(signal);
		onProgress(fraction);
	});
	return followPass(graph, sources, onSource);
};
