// Whole-network figures: size, density and how many separate pieces it falls into.
import { countConnectedComponents } from 'graphology-components';
import type { PeopleGraph } from '../graph/types';
import type { NetworkMetrics } from './types';

export function computeNetworkMetrics(graph: PeopleGraph): NetworkMetrics {
	const n = graph.order;
	return {
		people: n,
		ties: graph.size,
		// A network of fewer than two people has no possible tie; 0 keeps the figure a number.
		density: n < 2 ? 0 : graph.size / ((n * (n - 1)) / 2),
		components: countConnectedComponents(graph)
	};
}
