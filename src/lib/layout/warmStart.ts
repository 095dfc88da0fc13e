// Where the layout of a re-derived network starts when most of its people were laid out before (a settings change,
// not a new organisation): those people stay where they were, newcomers join their neighbours or their team.
import { GOLDEN_ANGLE } from './initialPositions';
import type { LayoutGraph } from './layoutGraph';

export const WARM_START_DEFAULTS = {
	/** Below this share of people already laid out, the network counts as new and the layout starts afresh. */
	minKept: 0.5,
	/** Alpha to start from: enough for new ties and newcomers to find their place, too little to reshape the picture
	 * (a full start is 1, a reheat 0.6). */
	alpha: 0.1,
	/** Newcomers sit this far from the point they join, each at its own angle, so no two start on the same spot. */
	offset: 8,
	/** Rounds of "the mean of the neighbours placed so far", for newcomers whose neighbours are newcomers too. */
	rounds: 3
};

export interface PreviousLayout {
	/** Person ids in the order of `positions`. */
	ids: readonly string[];
	/** [x0, y0, x1, y1, ...] as last shown. */
	positions: ArrayLike<number>;
}

export interface WarmStart {
	/** [x0, y0, x1, y1, ...] in the order of the new people. */
	positions: Float32Array;
	/** How many of the new people were laid out before. */
	kept: number;
}

/**
 * Starting positions for `ids` (laid out as `graph`) from where `previous` left them, or null when too few people
 * remain for the old picture to mean anything. A newcomer goes to the mean of their neighbours already placed, else
 * to their team's centre among the people kept, else to the centre of everyone kept.
 */
export function warmStartPositions(
	previous: PreviousLayout,
	ids: readonly string[],
	graph: LayoutGraph,
	options: Partial<typeof WARM_START_DEFAULTS> = {}
): WarmStart | null {
	const { minKept, offset, rounds } = { ...WARM_START_DEFAULTS, ...options };
	if (graph.teams.length !== ids.length)
		throw new Error(
			`warmStartPositions: ${graph.teams.length} people in the graph, ${ids.length} ids`
		);
	if (previous.positions.length < 2 * previous.ids.length)
		throw new Error('warmStartPositions: fewer previous positions than previous ids');
	const n = ids.length;
	const before = new Map(previous.ids.map((id, i) => [id, i]));
	const positions = new Float32Array(2 * n);
	const placed = new Uint8Array(n);
	let kept = 0;
	ids.forEach((id, i) => {
		const at = before.get(id);
		if (at === undefined) return;
		const x = previous.positions[2 * at];
		const y = previous.positions[2 * at + 1];
		if (!Number.isFinite(x) || !Number.isFinite(y)) return;
		positions[2 * i] = x;
		positions[2 * i + 1] = y;
		placed[i] = 1;
		kept++;
	});
	if (n === 0 || kept === 0 || kept / n < minKept) return null;
	if (kept === n) return { positions, kept };

	// Neighbours placed in earlier rounds only, so the result does not depend on the order people are visited in.
	for (let round = 0; round < rounds; round++) {
		const sums = new Float64Array(3 * n);
		for (let t = 0; t < graph.sources.length; t++) {
			const a = graph.sources[t];
			const b = graph.targets[t];
			if (placed[a] && !placed[b]) addTo(sums, b, positions, a);
			if (placed[b] && !placed[a]) addTo(sums, a, positions, b);
		}
		let joined = 0;
		for (let i = 0; i < n; i++) {
			if (placed[i] || sums[3 * i + 2] === 0) continue;
			placeNear(
				positions,
				i,
				sums[3 * i] / sums[3 * i + 2],
				sums[3 * i + 1] / sums[3 * i + 2],
				offset
			);
			placed[i] = 2;
			joined++;
		}
		if (joined === 0) break;
	}

	// Nobody placed to join: their team's centre among the people kept, else everyone's.
	const centres = new Float64Array(
		3 * (graph.teams.reduce((most, team) => Math.max(most, team), 0) + 1)
	);
	const all = [0, 0];
	for (let i = 0; i < n; i++) {
		if (placed[i] !== 1) continue;
		addTo(centres, graph.teams[i], positions, i);
		all[0] += positions[2 * i] / kept;
		all[1] += positions[2 * i + 1] / kept;
	}
	for (let i = 0; i < n; i++) {
		if (placed[i]) continue;
		const team = graph.teams[i];
		const count = centres[3 * team + 2];
		if (count > 0)
			placeNear(positions, i, centres[3 * team] / count, centres[3 * team + 1] / count, offset);
		else placeNear(positions, i, all[0], all[1], offset);
	}
	return { positions, kept };
}

function addTo(sums: Float64Array, slot: number, positions: Float32Array, from: number): void {
	sums[3 * slot] += positions[2 * from];
	sums[3 * slot + 1] += positions[2 * from + 1];
	sums[3 * slot + 2]++;
}

/** A point `offset` from x, y at an angle of the person's own, so newcomers joining one spot fan out. */
function placeNear(positions: Float32Array, i: number, x: number, y: number, offset: number): void {
	positions[2 * i] = x + offset * Math.cos(i * GOLDEN_ANGLE);
	positions[2 * i + 1] = y + offset * Math.sin(i * GOLDEN_ANGLE);
}
