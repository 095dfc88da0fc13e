// Degree: how many distinct people a person is tied to.
import type { PeopleGraph } from '../graph/types';

export function degree(graph: PeopleGraph): Record<string, number> {
	const result: Record<string, number> = {};
	graph.forEachNode((node) => (result[node] = graph.degree(node)));
	return result;
}
