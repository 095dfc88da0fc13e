// Burt's constraint: how far a person's contacts are tied to each other, leaving no way around.
import type { PeopleGraph } from '../graph/types';
import { byKey, indexGraph } from './indexedGraph';

/**
 * Exactly networkx `constraint(H, weight='weight')` on an undirected graph: with p(i, j) the
 * share of i's tie weight that goes to j, constraint(i) = sum over contacts j of
 * (p(i, j) + sum over contacts k of p(i, k) p(k, j))². Null for an isolate, where it is undefined.
 */
export function constraint(graph: PeopleGraph): Record<string, number | null> {
	const { keys, starts, neighbors, weights } = indexGraph(graph);
	const n = keys.length;
	const strength = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		for (let e = starts[i]; e < starts[i + 1]; e++) strength[i] += weights[e];
	}
	// networkx takes a share of zero total weight to be 0 rather than dividing by it.
	const share = (i: number, weight: number) => (strength[i] === 0 ? 0 : weight / strength[i]);

	const result: (number | null)[] = new Array(n).fill(null);
	// contactOf[j] === i marks j as a contact of the person i being measured, with no clearing.
	const contactOf = new Int32Array(n).fill(-1);
	const indirect = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		if (starts[i] === starts[i + 1]) continue;
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			contactOf[neighbors[e]] = i;
			indirect[neighbors[e]] = 0;
		}
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			const k = neighbors[e];
			const viaK = share(i, weights[e]);
			for (let f = starts[k]; f < starts[k + 1]; f++) {
				const j = neighbors[f];
				if (contactOf[j] === i) indirect[j] += viaK * share(k, weights[f]);
			}
		}
		let total = 0;
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			total += (share(i, weights[e]) + indirect[neighbors[e]]) ** 2;
		}
		result[i] = total;
	}
	return byKey(keys, result);
}
