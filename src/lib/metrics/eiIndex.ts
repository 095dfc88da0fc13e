// A person's E-I index: whether their contacts lie mostly outside (+1) or inside (-1) their team.
import type { PeopleGraph } from '../graph/types';
import { byKey, indexGraph } from './indexedGraph';

/** (external - internal) / (external + internal), counting tied people; null for an isolate. */
export function eiIndex(graph: PeopleGraph): Record<string, number | null> {
	const { keys, teams, starts, neighbors } = indexGraph(graph);
	const result: (number | null)[] = new Array(keys.length).fill(null);
	for (let i = 0; i < keys.length; i++) {
		const contacts = starts[i + 1] - starts[i];
		if (contacts === 0) continue;
		let external = 0;
		for (let e = starts[i]; e < starts[i + 1]; e++)
			if (teams[neighbors[e]] !== teams[i]) external++;
		result[i] = (external - (contacts - external)) / contacts;
	}
	return byKey(keys, result);
}
