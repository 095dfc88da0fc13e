// Strength: the sum of a person's tie weights, i.e. how much interaction they have in all.
import type { PeopleGraph } from '../graph/types';
import { byKey, indexGraph } from './indexedGraph';

export function strength(graph: PeopleGraph): Record<string, number> {
	const { keys, starts, weights } = indexGraph(graph);
	const totals = new Float64Array(keys.length);
	for (let i = 0; i < keys.length; i++) {
		for (let e = starts[i]; e < starts[i + 1]; e++) totals[i] += weights[e];
	}
	return byKey(keys, totals);
}
