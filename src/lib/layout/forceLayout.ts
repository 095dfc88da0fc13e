// Places people with d3-force, ticked to rest off-screen (static mode), so the page only ever draws finished positions.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';
import type { SimulationNodeDatum } from 'd3';

export interface LayoutTie {
	source: number;
	target: number;
}

export interface LayoutOptions {
	/** Called every few ticks with the share of ticks done. */
	onProgress?: (fraction: number) => void;
	shouldStop?: () => boolean;
}

const DEFAULTS = { ticks: 300, linkDistance: 28, charge: -38, gravity: 0.06, progressEvery: 25 };

/** Positions as [x0, y0, x1, y1, ...] in the order of the nodes passed in, centred on 0,0. */
export function forceLayout(
	nodeCount: number,
	ties: readonly LayoutTie[],
	options: LayoutOptions = {}
): Float32Array {
	// d3-force mutates what it is given, so it gets fresh objects.
	const nodes: SimulationNodeDatum[] = Array.from({ length: nodeCount }, () => ({}));
	const links = ties.map((tie) => ({ source: tie.source, target: tie.target }));
	const simulation = forceSimulation(nodes)
		.force('link', forceLink(links).distance(DEFAULTS.linkDistance))
		.force('charge', forceManyBody().strength(DEFAULTS.charge).distanceMax(400))
		.force('x', forceX(0).strength(DEFAULTS.gravity))
		.force('y', forceY(0).strength(DEFAULTS.gravity))
		.force('collide', forceCollide(5))
		.stop();
	for (let tick = 0; tick < DEFAULTS.ticks; tick++) {
		if (options.shouldStop?.()) break;
		simulation.tick();
		if (tick % DEFAULTS.progressEvery === 0) options.onProgress?.(tick / DEFAULTS.ticks);
	}
	const positions = new Float32Array(nodeCount * 2);
	nodes.forEach((node, i) => {
		positions[2 * i] = node.x ?? 0;
		positions[2 * i + 1] = node.y ?? 0;
	});
	return positions;
}
