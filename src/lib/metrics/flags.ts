// Yes/no flags that pick out people on the margins of the network, with plain-words definitions.
import type { PeopleGraph } from '../graph/types';
import { byKey, indexGraph } from './indexedGraph';
import type { PersonMetrics } from './types';

export type FlagId = 'isolated' | 'atEdge';

export interface PersonFlag<Id extends FlagId = FlagId> {
	id: Id;
	label: string;
	description: string;
	compute(graph: PeopleGraph): Record<string, PersonMetrics[Id]>;
}

const isolated: PersonFlag<'isolated'> = {
	id: 'isolated',
	label: 'Isolated',
	description: 'Has no recorded tie to anyone.',
	compute(graph) {
		const result: Record<string, boolean> = {};
		graph.forEachNode((node) => (result[node] = graph.degree(node) === 0));
		return result;
	}
};

const atEdge: PersonFlag<'atEdge'> = {
	id: 'atEdge',
	label: 'At the edge',
	description:
		'Tied to at most one person, or has no tie to anyone outside their own team. ' +
		'They are easy to lose touch with, and hear little of what happens elsewhere.',
	compute(graph) {
		const { keys, teams, starts, neighbors } = indexGraph(graph);
		const result = new Array<boolean>(keys.length);
		for (let i = 0; i < keys.length; i++) {
			let crossesTeams = false;
			for (let e = starts[i]; e < starts[i + 1]; e++) {
				if (teams[neighbors[e]] !== teams[i]) crossesTeams = true;
			}
			result[i] = starts[i + 1] - starts[i] <= 1 || !crossesTeams;
		}
		return byKey(keys, result);
	}
};

export const FLAGS = [isolated, atEdge] as const;
