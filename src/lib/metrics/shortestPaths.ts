// One breadth-first pass from each source gives betweenness, closeness, average path length and diameter together.
import type { IndexedGraph } from './indexedGraph';

/** Adjacency only: what the path pass needs, small enough to copy to other workers. */
export type Adjacency = Pick<IndexedGraph, 'starts' | 'neighbors'>;

/** Sums over a set of sources; totals from disjoint sets of sources add up (see addPathTotals). */
export interface PathTotals {
	/** Brandes dependency of each person, summed over the sources (each unordered pair counted from both ends). */
	dependency: Float64Array;
	/** Sum of each person's squared dependency, for the error of a sampled estimate. */
	dependencySquares: Float64Array;
	/** For each person: sum of hop distances to the sources that reach them. */
	distanceSum: Float64Array;
	/** For each person: how many sources reach them, themselves included when they are a source. */
	reachedBy: Int32Array;
	/** Per source, in the order given: mean distance to the others it reaches (NaN when it reaches nobody). */
	sourceMeanDistance: Float64Array;
	/** Each person's position among the sources, or -1 when they are not one. */
	sourceIndex: Int32Array;
	/** Ordered pairs (source, other) joined by a path, and the sum of their distances. */
	pairs: number;
	distanceTotal: number;
	/** Largest distance seen from any source. */
	eccentricity: number;
}

export function emptyPathTotals(people: number, sources: number): PathTotals {
	return {
		dependency: new Float64Array(people),
		dependencySquares: new Float64Array(people),
		distanceSum: new Float64Array(people),
		reachedBy: new Int32Array(people),
		sourceMeanDistance: new Float64Array(sources),
		sourceIndex: new Int32Array(people).fill(-1),
		pairs: 0,
		distanceTotal: 0,
		eccentricity: 0
	};
}

/** The pass's working arrays, left as found after every source, so one set serves pass after pass on a graph. */
export interface PathScratch {
	order: Int32Array;
	distance: Int32Array;
	paths: Float64Array;
	/** (1 + delta) / paths of each person once final: what each of their predecessors gains per path through them. */
	credit: Float64Array;
	/**
	 * Shortest-path successors, grouped by the person they leave from in queue order: the backward pass then reads one
	 * compact list instead of every neighbourhood again.
	 */
	successors: Int32Array;
	successorsStart: Int32Array;
}

export function pathScratch({ starts, neighbors }: Adjacency): PathScratch {
	const n = starts.length - 1;
	return {
		order: new Int32Array(n),
		distance: new Int32Array(n).fill(-1),
		paths: new Float64Array(n),
		credit: new Float64Array(n),
		successors: new Int32Array(neighbors.length),
		successorsStart: new Int32Array(n + 1)
	};
}

/**
 * Brandes' algorithm on hop counts over compressed rows, from each of `sources`. The BFS queue doubles as
 * the stack of the backward pass, which also adds up each person's sums and clears what the next source reuses,
 * so nothing is allocated per source and the people reached are walked twice, not four times. `onSource` is
 * called after each source (for progress and cancelling).
 */
export function shortestPathTotals(
	graph: Adjacency,
	sources: ArrayLike<number>,
	onSource?: (done: number) => void,
	scratch: PathScratch = pathScratch(graph)
): PathTotals {
	const { starts, neighbors } = graph;
	const n = starts.length - 1;
	const totals = emptyPathTotals(n, sources.length);
	const { dependency, dependencySquares, distanceSum, reachedBy, sourceMeanDistance, sourceIndex } =
		totals;
	const { order, distance, paths, credit, successors, successorsStart } = scratch;
	let pairs = 0;
	let distanceTotal = 0;
	let eccentricity = 0;
	for (let index = 0; index < sources.length; index++) {
		const source = sources[index];
		order[0] = source;
		distance[source] = 0;
		paths[source] = 1;
		let head = 0;
		let tail = 1;
		let edges = 0;
		while (head < tail) {
			successorsStart[head] = edges;
			const v = order[head++];
			const next = distance[v] + 1;
			const pathsV = paths[v];
			for (let e = starts[v], end = starts[v + 1]; e < end; e++) {
				const w = neighbors[e];
				const reached = distance[w];
				if (reached < 0) {
					distance[w] = next;
					order[tail++] = w;
				} else if (reached !== next) continue;
				paths[w] += pathsV;
				successors[edges++] = w;
			}
		}
		successorsStart[tail] = edges;
		const farthest = distance[order[tail - 1]];
		let sum = 0;
		// Backwards through the queue, the source (position 0) aside: it gains nothing from its own paths.
		for (let i = tail - 1; i > 0; i--) {
			let gained = 0;
			for (let e = successorsStart[i], end = successorsStart[i + 1]; e < end; e++)
				gained += credit[successors[e]];
			const v = order[i];
			const delta = paths[v] * gained;
			credit[v] = (1 + delta) / paths[v];
			dependency[v] += delta;
			dependencySquares[v] += delta * delta;
			distanceSum[v] += distance[v];
			reachedBy[v]++;
			sum += distance[v];
			distance[v] = -1;
			paths[v] = 0;
		}
		distance[source] = -1;
		paths[source] = 0;
		reachedBy[source]++;
		sourceIndex[source] = index;
		sourceMeanDistance[index] = tail > 1 ? sum / (tail - 1) : NaN;
		pairs += tail - 1;
		distanceTotal += sum;
		eccentricity = Math.max(eccentricity, farthest);
		onSource?.(index + 1);
	}
	totals.pairs = pairs;
	totals.distanceTotal = distanceTotal;
	totals.eccentricity = eccentricity;
	return totals;
}

/** Adds `part` into `into`; per-source figures are concatenated in the order parts are added. */
export function addPathTotals(into: PathTotals, part: PathTotals, sourceOffset: number): void {
	for (let i = 0; i < into.dependency.length; i++) {
		into.dependency[i] += part.dependency[i];
		into.dependencySquares[i] += part.dependencySquares[i];
		into.distanceSum[i] += part.distanceSum[i];
		into.reachedBy[i] += part.reachedBy[i];
		if (part.sourceIndex[i] >= 0) into.sourceIndex[i] = part.sourceIndex[i] + sourceOffset;
	}
	into.sourceMeanDistance.set(part.sourceMeanDistance, sourceOffset);
	into.pairs += part.pairs;
	into.distanceTotal += part.distanceTotal;
	into.eccentricity = Math.max(into.eccentricity, part.eccentricity);
}
