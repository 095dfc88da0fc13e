// Local clustering: the share of pairs of a person's contacts who are tied to each other.
import type { PeopleGraph } from '../graph/types';
import { egoFigures } from './egoNetworks';
import { byKey } from './indexedGraph';

/** Unweighted, like networkx `clustering(H)`; 0 for anyone with fewer than two contacts. */
export function clustering(graph: PeopleGraph): Record<string, number> {
	const { keys, clustering } = egoFigures(graph);
	return byKey(keys, clustering);
}
