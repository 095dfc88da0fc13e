// Burt's constraint: how far a person's contacts are tied to each other, leaving no way around.
import type { PeopleGraph } from '../graph/types';
import { egoFigures } from './egoNetworks';
import { byKey } from './indexedGraph';

/**
 * Exactly networkx `constraint(H, weight='weight')` on an undirected graph: with p(i, j) the
 * share of i's tie weight that goes to j, constraint(i) = sum over contacts j of
 * (p(i, j) + sum over contacts k of p(i, k) p(k, j))². Null for an isolate, where it is undefined.
 */
export function constraint(graph: PeopleGraph): Record<string, number | null> {
	const { keys, constraint } = egoFigures(graph);
	return byKey(keys, constraint);
}
