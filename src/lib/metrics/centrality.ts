// Path and spectral centralities from graphology-metrics, set up to match Weft's definitions.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import type { PeopleGraph } from '../graph/types';

/*
 * Each wrapper returns {} for an empty graph: graphology-metrics throws there (Brandes and BFS
 * allocate zero-capacity stacks; power iterations never get their error below n * tolerance = 0).
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

/**
 * Hop-count betweenness, normalised by (n-1)(n-2): graphology accumulates every pair in both
 * directions on an undirected graph, so this equals networkx's pair count over (n-1)(n-2)/2.
 */
export function betweenness(graph: PeopleGraph): Record<string, number> {
	if (graph.order === 0) return {};
	return betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
}

/** Hop-count closeness scaled by the share of others reachable (Wasserman-Faust); 0 if isolated. */
export function closeness(graph: PeopleGraph): Record<string, number> {
	if (graph.order === 0) return {};
	return closenessCentrality(graph, { wassermanFaust: true });
}

/** Weighted, unit Euclidean norm, by the same (A + I) power iteration as networkx. */
export function eigenvector(graph: PeopleGraph): Record<string, number> {
	if (graph.order === 0) return {};
	return eigenvectorCentrality(graph, { getEdgeWeight: 'weight', ...DEFAULTS.eigenvector });
}

/** Weighted PageRank; an isolate's rank is spread evenly over everyone, as in networkx. */
export function pagerank(graph: PeopleGraph): Record<string, number> {
	if (graph.order === 0) return {};
	return pagerankCentrality(graph, { getEdgeWeight: 'weight', ...DEFAULTS.pagerank });
}
