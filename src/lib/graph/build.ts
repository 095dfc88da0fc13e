// Turns people and tie rows into the graphology graph that every measure reads.
import { UndirectedGraph } from 'graphology';
import type { PeopleGraph, Person, Tie } from './types';

export function buildPeopleGraph(people: readonly Person[], ties: readonly Tie[]): PeopleGraph {
	const graph: PeopleGraph = new UndirectedGraph();
	for (const person of people) graph.addNode(person.id, { name: person.name, team: person.team });
	for (const tie of ties) {
		if (tie.source === tie.target) continue;
		graph.addEdge(tie.source, tie.target, {
			weight: tie.weight,
			interactions: tie.interactions,
			minutes: tie.minutes
		});
	}
	return graph;
}
