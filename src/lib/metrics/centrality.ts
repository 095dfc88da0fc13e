// Path centralities from our shortest-path pass, PageRank from graphology-metrics, eigenvector by Lanczos, all matching
// Weft's definitions.
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import type { PeopleGraph } from '../graph/types';
import { principalEigenvector } from './eigenvector';
import { byKey, indexGraph } from './indexedGraph';
import { pathFigures, type PathFigures } from './pathFigures';
import { followPass } from './pathRunner';

/*
 * The spectral measures return {} for an empty graph: power iterations never get their error below n * tolerance = 0
 * there.
 */

/**
 * graphology-metrics stops iterating at a tolerance of 1e-6, which leaves eigenvector and PageRank
 * up to 2e-5 away from their converged values; 1e-12 lands within 1e-15 of networkx's figures.
 * PageRank contracts by alpha each step, so ~200 steps reach that. Eigenvector convergence depends
 * on the graph's spectral gap. The power iteration had 10,000 steps; Lanczos reaches in 820 products
 * what those never reached (a line of 200 people), so 1,200 lose no graph, and giving up on a long
 * line (1,000s of people) takes 1.6 times as long as those steps did.
 */
export const DEFAULTS = {
	eigenvector: { tolerance: 1e-12, maxProducts: 1_200 },
	pagerank: { alpha: 0.85, tolerance: 1e-12, maxIterations: 1_000 }
} as const;

/** Every path figure, exactly, from one pass in this thread (computeMetrics runs the pass once for all of them). */
function exactPathFigures(graph: PeopleGraph): { keys: string[]; figures: PathFigures } {
	const indexed = indexGraph(graph);
	const n = indexed.keys.length;
	const totals = followPass(
		indexed,
		Int32Array.from({ length: n }, (_, i) => i)
	);
	return { keys: indexed.keys, figures: pathFigures(totals, n, n) };
}

/** Hop-count betweenness over the (n-1)(n-2)/2 pairs of others, as networkx normalises it. */
export function betweenness(graph: PeopleGraph): Record<string, number> {
	const { keys, figures } = exactPathFigures(graph);
	return byKey(keys, figures.betweenness);
}

/** Hop-count closeness scaled by the share of others reachable (Wasserman-Faust); 0 if isolated. */
export function closeness(graph: PeopleGraph): Record<string, number> {
	const { keys, figures } = exactPathFigures(graph);
	return byKey(keys, figures.closeness);
}

/**
 * Weighted, unit Euclidean norm: the limit of networkx's (A + I) power iteration, reached by Lanczos steps. Where it
 * does not converge (a long line's spectral gap is too small for any budget; networkx fails there too) everyone's is
 * NaN, shown as "–", rather than failing the whole analysis.
 */
export function eigenvector(graph: PeopleGraph): Record<string, number> {
	if (graph.order === 0) return {};
	const indexed = indexGraph(graph);
	const vector = principalEigenvector(indexed, DEFAULTS.eigenvector);
	return byKey(indexed.keys, vector ?? new Float64Array(indexed.keys.length).fill(NaN));
}

/** Weighted PageRank; an isolate's rank is spread evenly over everyone, as in networkx. */
export function pagerank(graph: PeopleGraph): Record<string, number> {
	if (graph.order === 0) return {};
	return pagerankCentrality(graph, { getEdgeWeight: 'weight', ...DEFAULTS.pagerank });
}
