// Path centralities from our shortest-path pass, spectral ones from graphology-metrics, all matching Weft's definitions.
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import type { PeopleGraph } from '../graph/types';
import { byKey, indexGraph } from './indexedGraph';
import { pathFigures, type PathFigures } from './pathFigures';
import { shortestPathTotals } from './shortestPaths';

/*
 * The spectral wrappers return {} for an empty graph: graphology-metrics' power iterations never get their error
 * below n * tolerance = 0 there.
 */

/**
 * graphology-metrics stops iterating at a tolerance of 1e-6, which leaves eigenvector and PageRank
 * up to 2e-5 away from their converged values; 1e-12 lands within 1e-15 of networkx's figures.
 * PageRank contracts by alpha each step, so ~200 steps reach that; eigenvector convergence depends
 * on the graph's spectral gap, hence the larger budget.
 */
export const DEFAULTS = {
	eigenvector: { tolerance: 1e-12, maxIterations: 10_000 },
	pagerank: { alpha: 0.85, tolerance: 1e-12, maxIterations: 1_000 }
} as const;

/** Every path figure, exactly, from one pass in this thread (computeMetrics runs the pass once for all of them). */
function exactPathFigures(graph: PeopleGraph): { keys: string[]; figures: PathFigures } {
	const indexed = indexGraph(graph);
	const n = indexed.keys.length;
	const totals = shortestPathTotals(
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
 * Weighted, unit Euclidean norm, by the same (A + I) power iteration as networkx. Where it does not converge (a long
 * ring's spectral gap is too small for any budget; networkx fails there too) everyone's is NaN, shown as "–", rather
 * than failing the whole analysis.
 */
export function eigenvector(graph: PeopleGraph): Record<string, number> {
	if (graph.order === 0) return {};
	try {
		return eigenvectorCentrality(graph, { getEdgeWeight: 'weight', ...DEFAULTS.eigenvector });
	} catch (error) {
		if (!(error instanceof Error && error.message.endsWith('failed to converge.'))) throw error;
		return Object.fromEntries(graph.mapNodes((node) => [node, NaN]));
	}
}

/** Weighted PageRank; an isolate's rank is spread evenly over everyone, as in networkx. */
export function pagerank(graph: PeopleGraph): Record<string, number> {
	if (graph.order === 0) return {};
	return pagerankCentrality(graph, { getEdgeWeight: 'weight', ...DEFAULTS.pagerank });
}
