// Turns shortest-path totals into betweenness, closeness, average path length and diameter, exact or estimated.
import { randomLcg } from 'd3';
import type { PathEstimate } from './types';
import type { PathTotals } from './shortestPaths';

export interface PathOptions {
	/** Up to this many people, paths are followed from everyone; above it, from `samples` people. */
	exactLimit: number;
	samples: number;
	/** Seeds the choice of sampled people, so a run repeats. */
	seed: number;
}

/** Exact at 5,000 people takes ~1 s on two threads here; 2,000 samples keep the top betweenness within a few %. */
export const PATH_DEFAULTS: PathOptions = { exactLimit: 5000, samples: 2000, seed: 1 };

/** Everyone up to the limit, else a seeded sample without replacement (partial Fisher-Yates), in ascending order. */
export function chooseSources(people: number, options: PathOptions = PATH_DEFAULTS): Int32Array {
	const everyone = Int32Array.from({ length: people }, (_, i) => i);
	if (people <= options.exactLimit) return everyone;
	const random = randomLcg(options.seed);
	const k = Math.min(options.samples, people);
	for (let i = 0; i < k; i++) {
		const j = i + Math.floor(random() * (people - i));
		[everyone[i], everyone[j]] = [everyone[j], everyone[i]];
	}
	return everyone.slice(0, k).sort();
}

export interface PathFigures {
	betweenness: Float64Array;
	closeness: Float64Array;
	averagePathLength: number | null;
	diameter: number | null;
	estimate: PathEstimate;
}

/** How many of the most central people the stated betweenness error is averaged over. */
const ERROR_TOP = 10;

/**
 * Exact figures follow networkx (hop counts; betweenness over (n-1)(n-2)/2 pairs; Wasserman-Faust closeness).
 * From k of n sources, each person's dependency is scaled by n / k (Brandes & Pich), closeness uses their mean
 * distance to the sources and the share of sources that reach them, and the diameter is the longest path seen.
 */
export function pathFigures(totals: PathTotals, people: number, sources: number): PathFigures {
	const n = people;
	const exact = sources === n;
	const scale = n > 2 ? n / sources / ((n - 1) * (n - 2)) : 0;
	const betweenness = totals.dependency.map((d) => d * scale);
	const closeness = new Float64Array(n);
	for (let v = 0; v < n; v++) {
		const reached = exact ? totals.reachedBy[v] : (totals.reachedBy[v] * n) / sources;
		const sourcesReaching = totals.reachedBy[v];
		if (totals.distanceSum[v] === 0 || n < 2 || sourcesReaching === 0) continue;
		// A sampled source at distance 0 from v is v itself; it is not one of v's distances to others.
		const others = exact ? reached - 1 : sourcesReaching - (isSource(totals, v) ? 1 : 0);
		const meanDistance = totals.distanceSum[v] / others;
		closeness[v] = (reached - 1) / (n - 1) / meanDistance;
	}
	const connected = totals.pairs > 0;
	return {
		betweenness,
		closeness,
		averagePathLength: connected ? totals.distanceTotal / totals.pairs : null,
		diameter: connected ? totals.eccentricity : null,
		estimate: {
			exact,
			sources,
			averagePathLengthError: exact ? 0 : meanError(totals.sourceMeanDistance, n),
			betweennessRelativeError: exact ? 0 : betweennessError(totals, n, sources, betweenness)
		}
	};
}

function isSource(totals: PathTotals, v: number): boolean {
	return totals.sourceIndex[v] >= 0;
}

/** Standard error of a mean over a sample drawn without replacement from `population`. */
function standardError(sampleVariance: number, sample: number, population: number): number {
	const finite = population > 1 ? (population - sample) / (population - 1) : 0;
	return Math.sqrt((sampleVariance / sample) * finite);
}

function meanError(values: Float64Array, population: number): number {
	const finite = values.filter((v) => !Number.isNaN(v));
	if (finite.length < 2) return 0;
	const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
	const variance = finite.reduce((a, b) => a + (b - mean) ** 2, 0) / (finite.length - 1);
	return standardError(variance, finite.length, population);
}

function betweennessError(
	totals: PathTotals,
	n: number,
	sources: number,
	betweenness: Float64Array
): number {
	const top = Array.from(betweenness.keys())
		.sort((a, b) => betweenness[b] - betweenness[a])
		.slice(0, ERROR_TOP)
		.filter((v) => betweenness[v] > 0);
	if (top.length === 0 || sources < 2) return 0;
	const relative = top.map((v) => {
		const mean = totals.dependency[v] / sources;
		const variance =
			((totals.dependencySquares[v] / sources - mean * mean) * sources) / (sources - 1);
		return standardError(Math.max(0, variance), sources, n) / mean;
	});
	return relative.reduce((a, b) => a + b, 0) / relative.length;
}
