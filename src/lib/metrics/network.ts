// Whole-network figures: size, density, pieces, distances, clustering, and how far ties follow teams.
import { connectedComponents } from 'graphology-components';
import type { PeopleGraph } from '../graph/types';
import {
	normalizedMutualInformation,
	partitionModularity,
	type Communities
} from '../insight/communities';
import type { PathFigures } from './pathFigures';
import type { NetworkMetrics, TeamMetrics } from './types';

/** Figures computed elsewhere that the network's summarise. */
export interface NetworkInputs {
	paths: PathFigures;
	clustering: Record<string, number>;
	communities: Communities;
	teams: TeamMetrics[];
}

export function computeNetworkMetrics(graph: PeopleGraph, inputs: NetworkInputs): NetworkMetrics {
	const n = graph.order;
	const { paths, clustering, communities, teams } = inputs;
	const components = connectedComponents(graph);
	const largest = components.reduce((most, component) => Math.max(most, component.length), 0);
	const inside = teams.reduce((sum, team) => sum + team.internalTies, 0);
	const across = graph.size - inside;
	const nodes = graph.nodes();
	return {
		people: n,
		ties: graph.size,
		// A network of fewer than two people has no possible tie; 0 keeps the figure a number.
		density: n < 2 ? 0 : graph.size / ((n * (n - 1)) / 2),
		components: components.length,
		largestComponentShare: n === 0 ? 0 : largest / n,
		averagePathLength: paths.averagePathLength,
		diameter: paths.diameter,
		averageClustering: n === 0 ? 0 : nodes.reduce((sum, node) => sum + clustering[node], 0) / n,
		modularityOfTeams: partitionModularity(graph, (node) => graph.getNodeAttribute(node, 'team')),
		communityModularity: communities.modularity,
		teamCommunityNMI: normalizedMutualInformation(
			nodes.map((node) => graph.getNodeAttribute(node, 'team')),
			nodes.map((node) => communities.membership[node])
		),
		eiIndex: graph.size === 0 ? null : (across - inside) / graph.size,
		paths: paths.estimate
	};
}
