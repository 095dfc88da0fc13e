// The team view: one node per team sized by its people, one link per pair of teams weighted by their tie weight.
import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationLinkDatum
} from 'd3';
import type { TeamMatrixCell } from '../insight/types';
import type { TeamMetrics } from '../metrics/types';

export interface TeamNode {
	team: string;
	size: number;
	/** Share of the team's tie weight that stays inside it. */
	inside: number;
	x: number;
	y: number;
	radius: number;
}

export interface TeamLink {
	a: string;
	b: string;
	ties: number;
	weight: number;
}

const TICKS = 300;

/** Teams placed by force: heavier links pull their teams closer; radius grows with the square root of size. */
export function teamNetwork(
	teams: readonly TeamMetrics[],
	matrix: readonly TeamMatrixCell[]
): { nodes: TeamNode[]; links: TeamLink[] } {
	const largest = Math.max(1, ...teams.map((t) => t.size));
	const nodes: TeamNode[] = teams.map((t, i) => {
		const angle = (2 * Math.PI * i) / Math.max(1, teams.length);
		return {
			team: t.team,
			size: t.size,
			inside: matrix.find((c) => c.from === t.team && c.to === t.team)?.share ?? 0,
			x: 200 * Math.cos(angle),
			y: 200 * Math.sin(angle),
			radius: 8 + 32 * Math.sqrt(t.size / largest)
		};
	});
	const links = matrix
		.filter((c) => c.from < c.to && c.ties > 0)
		.map((c) => ({ a: c.from, b: c.to, ties: c.ties, weight: c.weight }));
	const heaviest = Math.max(1e-9, ...links.map((l) => l.weight));
	const index = new Map(nodes.map((node, i) => [node.team, i]));
	const closeness = (weight: number) => Math.sqrt(weight / heaviest);
	// d3 swaps each link's end indexes for the nodes themselves once the force starts.
	const radiusOf = (end: TeamNode | string | number) => (typeof end === 'object' ? end.radius : 0);
	forceSimulation(nodes)
		.force(
			'link',
			forceLink<TeamNode, SimulationLinkDatum<TeamNode> & { weight: number }>(
				links.map((l) => ({
					source: index.get(l.a) as number,
					target: index.get(l.b) as number,
					weight: l.weight
				}))
			)
				// Heavier links are shorter and stiffer, so teams that work together sit together.
				.distance(
					(l) => radiusOf(l.source) + radiusOf(l.target) + 30 + 220 * (1 - closeness(l.weight))
				)
				.strength((l) => 0.1 + 0.6 * closeness(l.weight))
		)
		.force('charge', forceManyBody().strength(-400))
		.force(
			'collide',
			forceCollide<TeamNode>((d) => d.radius + 24)
		)
		.force('x', forceX(0).strength(0.05))
		.force('y', forceY(0).strength(0.05))
		.stop()
		.tick(TICKS);
	return { nodes, links };
}
