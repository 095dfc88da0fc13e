// Local clustering: the share of pairs of a person's contacts who are tied to each other.
import type { PeopleGraph } from '../graph/types';
import { byKey, indexGraph } from './indexedGraph';

/** Unweighted, like networkx `clustering(H)`; 0 for anyone with fewer than two contacts. */
export function clustering(graph: PeopleGraph): Record<string, number> {
	const { keys, starts, neighbors } = indexGraph(graph);
	const n = keys.length;
	const result = new Float64Array(n);
	// contactOf[j] === i marks j as a contact of the person i being measured, with no clearing.
	const contactOf = new Int32Array(n).fill(-1);
	for (let i = 0; i < n; i++) {
		const degree = starts[i + 1] - starts[i];
		if (degree < 2) continue;
		for (let e = starts[i]; e < starts[i + 1]; e++) contactOf[neighbors[e]] = i;
		let links = 0;
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			const j = neighbors[e];
			for (let f = starts[j]; f < starts[j + 1]; f++) if (contactOf[neighbors[f]] === i) links++;
		}
		// Each tie between two contacts was seen from both of its ends.
		result[i] = links / (degree * (degree - 1));
	}
	return byKey(keys, result);
}
