// Computes every measure for a network and assembles the analysis, in the order users see it.
import { buildPeopleGraph } from '../graph/build';
import { computeMetrics, type ComputeOptions } from '../metrics/computeMetrics';
import type { Analysis, Network } from './types';

export function analyzeNetwork(network: Network, options: ComputeOptions = {}): Analysis {
	const graph = buildPeopleGraph(network.people, network.ties);
	const metrics = computeMetrics(graph, options);
	return {
		people: network.people.map((person) => ({
			id: person.id,
			name: person.name,
			team: person.team,
			attributes: person.attributes,
			...metrics.people[person.id]
		})),
		ties: network.ties,
		teams: metrics.teams,
		network: metrics.network
	};
}
