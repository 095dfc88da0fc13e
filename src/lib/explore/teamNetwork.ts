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
import { smallTeams } from '../privacy/minGroupSize';

export interface TeamNode {
	team: string;
	/** Null when withheld: the team has fewer people than the minimum group size (it is drawn at the smallest size). */
	size: number | null;
	/** Share of the team's tie weight that stays inside it; null when withheld. */
	inside: number | null;
	x: number;
	y: number;
	radius: number;
}

export interface TeamLink {
	a: string;
	b: string;
	/** Null when withheld: either team has fewer people than the minimum group size. */
	ties: number | null;
	weight: number | null;
}

const TICKS = 300;
const SMALLEST_RADIUS = 8;
/** How close a withheld link pulls its teams, the same whatever its weight: half way. */
const WITHHELD_CLOSENESS = 0.5;

/**
 * Teams placed by force: heavier links pull their teams closer; radius grows with the square root of size. A team
 * with fewer people than `minGroupSize` is still placed and drawn, but at the smallest radius, and neither its
 * figures nor its links' figures are given or shape the picture (scales, lengths), so none can be read back.
 */
export function teamNetwork(
	teams: readonly TeamMetrics[],
	matrix: readonly TeamMatrixCell[],
	options: { minGroupSize?: number } = {}
): { nodes: TeamNode[]; links: TeamLink[] } {
	const small = smallTeams({ teams: [...teams] }, options.minGroupSize ?? 0);
	const largest = Math.max(1, ...teams.filter((t) => !small.has(t.team)).map((t) => t.size));
	const nodes: TeamNode[] = teams.map((t, i) => {
		const angle = (2 * Math.PI * i) / Math.max(1, teams.length);
		const withheld = small.has(t.team);
		return {
			team: t.team,
			size: withheld ? null : t.size,
			inside: withheld
				? null
				: (matrix.find((c) => c.from === t.team && c.to === t.team)?.share ?? 0),
			x: 200 * Math.cos(angle),
			y: 200 * Math.sin(angle),
			radius: SMALLEST_RADIUS + (withheld ? 0 : 32 * Math.sqrt(t.size / largest))
		};
	});
	const links: TeamLink[] = matrix
		.filter((c) => c.from < c.to && c.ties > 0)
		.map((c) =>
			small.has(c.from) || small.has(c.to)
				? { a: c.from, b: c.to, ties: null, weight: null }
				: { a: c.from, b: c.to, ties: c.ties, weight: c.weight }
		);
	const heaviest = Math.max(1e-9, ...links.map((l) => l.weight ?? 0));
	const index = new Map(nodes.map((node, i) => [node.team, i]));
	const closeness = (weight: number | null) =>
		weight === null ? WITHHELD_CLOSENESS : Math.sqrt(weight / heaviest);
	// d3 swaps each link's end indexes for the nodes themselves once the force starts.
	const radiusOf = (end: TeamNode | string | number) => (typeof end === 'object' ? end.radius : 0);
	forceSimulation(nodes)
		.force(
			'link',
			forceLink<TeamNode, SimulationLinkDatum<TeamNode> & { weight: number | null }>(
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
