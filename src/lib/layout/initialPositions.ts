// Where people start and where grouped teams are pulled to: team anchors packed around the centre, each
// team's people in a sunflower (phyllotaxis) around its anchor, so the first frame needs no simulation.
import type { LayoutGraph } from './layoutGraph';

/** One golden angle, in radians: successive points never line up, so a sunflower fills its disc evenly. */
export const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export const PLACEMENT_DEFAULTS = {
	/** Distance scale between neighbours in a team's sunflower. */
	spacing: 11,
	/** Empty space kept between two teams' discs. */
	gap: 40,
	/** Up to this many teams sit on one ring; more are packed in a sunflower of teams, largest first. */
	ringTeams: 12
};

/** Radius of the disc that a sunflower of `size` points fills. */
export function sunflowerRadius(size: number, spacing = PLACEMENT_DEFAULTS.spacing): number {
	return spacing * Math.sqrt(Math.max(size, 1));
}

/** How many people each team has, from the team index of each person. */
export function teamSizes(teams: ArrayLike<number>): number[] {
	const sizes: number[] = [];
	for (let i = 0; i < teams.length; i++) sizes[teams[i]] = (sizes[teams[i]] ?? 0) + 1;
	return Array.from(sizes, (size) => size ?? 0);
}

/**
 * The order of teams around a ring that keeps teams with many ties between them side by side: from the largest
 * team, each next team joins whichever end of the chain it has the most ties to.
 */
export function ringOrder(graph: LayoutGraph, sizes: readonly number[]): number[] {
	const count = sizes.length;
	const between = new Float64Array(count * count);
	for (let t = 0; t < graph.sources.length; t++) {
		const a = graph.teams[graph.sources[t]];
		const b = graph.teams[graph.targets[t]];
		if (a === b) continue;
		between[a * count + b]++;
		between[b * count + a]++;
	}
	const left = sizes.map((_, team) => team).filter((team) => sizes[team] > 0);
	if (left.length === 0) return [];
	left.sort((a, b) => sizes[b] - sizes[a] || a - b);
	const chain = [left.shift() as number];
	while (left.length > 0) {
		let best = { at: 0, end: 'tail', ties: -1 };
		left.forEach((team, at) => {
			const toHead = between[team * count + chain[0]];
			const toTail = between[team * count + chain[chain.length - 1]];
			if (toTail > best.ties) best = { at, end: 'tail', ties: toTail };
			if (toHead > best.ties) best = { at, end: 'head', ties: toHead };
		});
		const [team] = left.splice(best.at, 1);
		if (best.end === 'tail') chain.push(team);
		else chain.unshift(team);
	}
	return chain;
}

/**
 * Anchor point of each team as [x0, y0, x1, y1, ...] by team index, centred on 0,0, far enough apart that
 * the teams' discs do not overlap. A few teams sit on a ring in `order`; many are packed largest first.
 */
export function teamAnchors(
	sizes: readonly number[],
	order: readonly number[] = sizes.map((_, team) => team),
	spacing = PLACEMENT_DEFAULTS.spacing,
	gap = PLACEMENT_DEFAULTS.gap
): Float64Array {
	const anchors = new Float64Array(sizes.length * 2);
	const present = order.filter((team) => sizes[team] > 0);
	if (present.length <= 1) return anchors;
	const reach = (team: number) => sunflowerRadius(sizes[team], spacing) + gap / 2;
	if (present.length <= PLACEMENT_DEFAULTS.ringTeams) {
		// A ring whose circumference holds every disc side by side; each team at the middle of its arc.
		const circumference = present.reduce((sum, team) => sum + 2 * reach(team), 0);
		const ring = Math.max(circumference / (2 * Math.PI), ...present.map(reach));
		let along = 0;
		for (const team of present) {
			const angle = ((along + reach(team)) / circumference) * 2 * Math.PI - Math.PI / 2;
			anchors[2 * team] = ring * Math.cos(angle);
			anchors[2 * team + 1] = ring * Math.sin(angle);
			along += 2 * reach(team);
		}
		return anchors;
	}
	// Largest teams in the middle; each next team at the radius that encloses the area used so far.
	const bySize = [...present].sort((a, b) => sizes[b] - sizes[a] || a - b);
	let area = 0;
	bySize.forEach((team, k) => {
		const own = reach(team) ** 2;
		const radius = 1.15 * Math.sqrt(area + own / 2);
		anchors[2 * team] = radius * Math.cos(k * GOLDEN_ANGLE);
		anchors[2 * team + 1] = radius * Math.sin(k * GOLDEN_ANGLE);
		area += own;
	});
	return anchors;
}

/** Starting positions as [x0, y0, x1, y1, ...] in people order: the same input always gives the same picture. */
export function initialPositions(
	teams: ArrayLike<number>,
	anchors: Float64Array,
	spacing = PLACEMENT_DEFAULTS.spacing
): Float32Array {
	const positions = new Float32Array(teams.length * 2);
	const placed: number[] = [];
	for (let i = 0; i < teams.length; i++) {
		const team = teams[i];
		const k = placed[team] ?? 0;
		placed[team] = k + 1;
		const radius = spacing * Math.sqrt(k + 0.5);
		positions[2 * i] = anchors[2 * team] + radius * Math.cos(k * GOLDEN_ANGLE);
		positions[2 * i + 1] = anchors[2 * team + 1] + radius * Math.sin(k * GOLDEN_ANGLE);
	}
	return positions;
}

/** Where each team is placed and pulled to in `graph`. */
export function anchorsOf(graph: LayoutGraph): Float64Array {
	const sizes = teamSizes(graph.teams);
	const teamCount = sizes.filter((size) => size > 0).length;
	return teamAnchors(
		sizes,
		teamCount <= PLACEMENT_DEFAULTS.ringTeams ? ringOrder(graph, sizes) : undefined
	);
}

/** The layout's first frame for `graph`: what the simulation starts from. */
export function startingPositions(graph: LayoutGraph): Float32Array {
	return initialPositions(graph.teams, anchorsOf(graph));
}
