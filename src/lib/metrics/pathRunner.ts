// Runs the shortest-path pass where the caller chooses: here (Node, tests) or split over workers (the browser).
import { shortestPathTotals, type Adjacency, type PathTotals } from './shortestPaths';

/** Follows shortest paths from `sources`; reports the share done (0..1) now and then. */
export type PathRunner = (
	graph: Adjacency,
	sources: Int32Array,
	onProgress: (fraction: number) => void,
	signal?: AbortSignal
) => Promise<PathTotals>;

/** Progress is reported about this many times over a run. */
const PROGRESS_STEPS = 50;

export function throwIfAborted(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
}

/** In this thread, checking for cancel between sources. */
export const runPathsHere: PathRunner = async (graph, sources, onProgress, signal) => {
	throwIfAborted(signal);
	const every = Math.max(1, Math.ceil(sources.length / PROGRESS_STEPS));
	return shortestPathTotals(graph, sources, (done) => {
		if (done % every !== 0) return;
		throwIfAborted(signal);
		onProgress(done / sources.length);
	});
};

/** Interleaves the sources into `parts` slices: neighbouring people cost alike, so every slice costs about the same. */
export function splitSources(sources: Int32Array, parts: number): Int32Array[] {
	return Array.from({ length: parts }, (_, part) =>
		sources.filter((_source, i) => i % parts === part)
	);
}
