// The force simulation behind every layout, one setup for the streaming layout worker and the static forceLayout:
// d3-force ticked by hand, free or grouped by team, with pinned people held where they were put.
import { forceCollide, forceLink, forceSimulation, forceX, forceY } from 'd3';
import type { Simulation, SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import { anchorsOf, initialPositions } from './initialPositions';
import { forceManyBodyFlat } from './manyBody';
import type { LayoutGraph, LayoutMode } from './layoutGraph';

export type { LayoutGraph, LayoutMode };

export const SIMULATION_DEFAULTS = {
	linkDistance: 28,
	charge: -38,
	/** Barnes-Hut accuracy, d3's default. The force is forceManyBodyFlat, d3's algorithm on typed arrays (4-5x faster
	 * than d3.forceManyBody at 5,000-10,000 people); charge beyond chargeDistanceMax is ignored, which keeps it local. */
	theta: 0.9,
	chargeDistanceMax: 400,
	/** Pull of everyone towards the centre in free mode, so that loose people and components stay in view. */
	gravity: 0.06,
	/** Pull of each person towards their team's anchor in grouped mode: strong enough that teams separate. */
	teamPull: 0.22,
	/** In grouped mode a tie across teams pulls this much of its usual strength, so teams keep their place. */
	crossTeamTie: 0.15,
	collideRadius: 5,
	/** Up to this many people the collision force keeps dots apart; above, it costs more than it shows. */
	collideMaxPeople: 3_000,
	alphaMin: 0.001,
	/** From alpha 1 down to alphaMin in this many ticks, for networks up to largeFrom people ... */
	ticksToSettle: 300,
	/** ... and in this many from largeAt people on, in between in proportion: after 200 ticks, people of a
	 * 10,000-person network are on average ~1 unit (under a pixel) from where 100 more would put them. */
	ticksToSettleLarge: 200,
	largeFrom: 2_000,
	largeAt: 8_000,
	/** Alpha given by a reheat, a change of mode, and a pin or release. */
	reheatAlpha: 0.6,
	modeAlpha: 0.8,
	nudgeAlpha: 0.12
};

/** Where a layout starts instead of its own first frame: a warm start from an earlier picture. */
export interface SimulationStart {
	/** [x0, y0, x1, y1, ...] in people order. */
	positions: Float32Array;
	/** Alpha to start from, below a full start's 1 so the picture settles without being reshaped. */
	alpha: number;
	/** People held where they are, as if pinned after the start. */
	pins?: readonly { index: number; x: number; y: number }[];
}

/** Ticks from a full reheat to rest for a network of `people`. */
export function ticksToSettle(people: number): number {
	const d = SIMULATION_DEFAULTS;
	const share = Math.min(1, Math.max(0, (people - d.largeFrom) / (d.largeAt - d.largeFrom)));
	return Math.round(d.ticksToSettle - share * (d.ticksToSettle - d.ticksToSettleLarge));
}

export interface LayoutNode extends SimulationNodeDatum {
	team: number;
}

type LayoutLink = SimulationLinkDatum<LayoutNode>;

function checkGraph(graph: LayoutGraph): void {
	if (graph.sources.length !== graph.targets.length)
		throw new Error('LayoutSimulation: sources and targets differ in length');
	const n = graph.teams.length;
	for (let t = 0; t < graph.sources.length; t++) {
		if (graph.sources[t] >= n || graph.targets[t] >= n)
			throw new Error(`LayoutSimulation: tie ${t} names a person beyond the ${n} given`);
	}
}

/** A force layout ticked by its owner: the worker streams it, forceLayout runs it to rest at once. */
export class LayoutSimulation {
	readonly nodes: LayoutNode[];
	readonly anchors: Float64Array;
	#simulation: Simulation<LayoutNode, LayoutLink>;
	#links: LayoutLink[];
	#degree: Uint32Array;
	#mode: LayoutMode;

	constructor(graph: LayoutGraph, mode: LayoutMode = 'free', from?: SimulationStart) {
		checkGraph(graph);
		if (from && from.positions.length !== 2 * graph.teams.length)
			throw new Error(
				`LayoutSimulation: ${from.positions.length / 2} start positions for ${graph.teams.length} people`
			);
		this.anchors = anchorsOf(graph);
		const start = from?.positions ?? initialPositions(graph.teams, this.anchors);
		// d3-force mutates what it is given, so it gets objects of its own.
		this.nodes = Array.from(graph.teams, (team, i) => ({
			team,
			x: start[2 * i],
			y: start[2 * i + 1]
		}));
		this.#links = Array.from(graph.sources, (source, t) => ({
			source,
			target: graph.targets[t]
		}));
		this.#degree = new Uint32Array(this.nodes.length);
		for (let t = 0; t < graph.sources.length; t++) {
			this.#degree[graph.sources[t]]++;
			this.#degree[graph.targets[t]]++;
		}
		const d = SIMULATION_DEFAULTS;
		this.#simulation = forceSimulation(this.nodes)
			.stop()
			.alphaMin(d.alphaMin)
			.alphaDecay(1 - Math.pow(d.alphaMin, 1 / ticksToSettle(this.nodes.length)))
			.force(
				'charge',
				forceManyBodyFlat<LayoutNode>({
					strength: d.charge,
					theta: d.theta,
					distanceMin: 1,
					distanceMax: d.chargeDistanceMax
				})
			);
		if (this.nodes.length <= d.collideMaxPeople)
			this.#simulation.force('collide', forceCollide<LayoutNode>(d.collideRadius));
		this.#mode = mode;
		this.#applyMode();
		if (from) {
			this.#simulation.alpha(from.alpha);
			for (const { index, x, y } of from.pins ?? []) this.pin(index, x, y);
		}
	}

	get mode(): LayoutMode {
		return this.#mode;
	}

	get alpha(): number {
		return this.#simulation.alpha();
	}

	/** At rest: alpha has decayed below alphaMin, as d3's own timer would stop. */
	get settled(): boolean {
		return this.#simulation.alpha() < this.#simulation.alphaMin();
	}

	/** Share of the way from a full reheat to rest, 0..1, for a progress display. */
	get settledShare(): number {
		const alpha = this.#simulation.alpha();
		const min = this.#simulation.alphaMin();
		if (alpha <= min) return 1;
		return Math.min(1, Math.max(0, Math.log(alpha) / Math.log(min)));
	}

	tick(count = 1): void {
		this.#simulation.tick(count);
	}

	/** Raises alpha to at least `alpha`, so the layout moves again without starting over. */
	reheat(alpha = SIMULATION_DEFAULTS.reheatAlpha): void {
		this.#simulation.alpha(Math.max(this.#simulation.alpha(), alpha));
	}

	setMode(mode: LayoutMode): void {
		if (mode === this.#mode) return;
		this.#mode = mode;
		this.#applyMode();
		this.reheat(SIMULATION_DEFAULTS.modeAlpha);
	}

	/** Holds a person at x, y until released; they move there at once. */
	pin(index: number, x: number, y: number): void {
		const node = this.nodes[index];
		if (!node) throw new Error(`LayoutSimulation.pin: no person at index ${index}`);
		node.fx = node.x = x;
		node.fy = node.y = y;
		node.vx = node.vy = 0;
	}

	unpinAll(): void {
		for (const node of this.nodes) node.fx = node.fy = null;
	}

	/** A fresh array of [x0, y0, x1, y1, ...] in people order, ready to be transferred. */
	positions(): Float32Array {
		const positions = new Float32Array(this.nodes.length * 2);
		this.nodes.forEach((node, i) => {
			positions[2 * i] = node.x ?? 0;
			positions[2 * i + 1] = node.y ?? 0;
		});
		return positions;
	}

	#applyMode(): void {
		const d = SIMULATION_DEFAULTS;
		const anchors = this.anchors;
		const grouped = this.#mode === 'teams';
		const link = forceLink<LayoutNode, LayoutLink>(this.#links).distance(d.linkDistance);
		if (grouped) {
			// d3's own default strength (1 / the smaller degree), weakened across teams.
			const degree = this.#degree;
			link.strength((tie) => {
				const a = tie.source as LayoutNode;
				const b = tie.target as LayoutNode;
				const strength = 1 / Math.min(degree[a.index ?? 0], degree[b.index ?? 0]);
				return a.team === b.team ? strength : strength * d.crossTeamTie;
			});
		}
		this.#simulation
			.force('link', link)
			.force(
				'x',
				grouped
					? forceX<LayoutNode>((node) => anchors[2 * node.team]).strength(d.teamPull)
					: forceX<LayoutNode>(0).strength(d.gravity)
			)
			.force(
				'y',
				grouped
					? forceY<LayoutNode>((node) => anchors[2 * node.team + 1]).strength(d.teamPull)
					: forceY<LayoutNode>(0).strength(d.gravity)
			);
	}
}
