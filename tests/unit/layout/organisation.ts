// Small seeded organisations for the layout tests: teams of people, a given share of ties across teams.
import { createRng } from '../../../src/lib/demo/random';
import type { LayoutGraph } from '../../../src/lib/layout/layoutGraph';

export function organisation(
	teamSizes: number[],
	tiesPerPerson: number,
	crossShare: number,
	seed = 1
): LayoutGraph {
	const rng = createRng(seed);
	const teams: number[] = teamSizes.flatMap((size, team) => Array<number>(size).fill(team));
	const members = teamSizes.map((_, team) => teams.flatMap((t, i) => (t === team ? [i] : [])));
	const sources: number[] = [];
	const targets: number[] = [];
	for (let a = 0; a < teams.length; a++) {
		for (let k = 0; k < tiesPerPerson / 2; k++) {
			const b = rng.chance(crossShare) ? rng.int(0, teams.length - 1) : rng.pick(members[teams[a]]);
			if (a === b) continue;
			sources.push(a);
			targets.push(b);
		}
	}
	return {
		teams: Uint32Array.from(teams),
		sources: Uint32Array.from(sources),
		targets: Uint32Array.from(targets)
	};
}

export function distance(positions: Float32Array, a: number, b: number): number {
	return Math.hypot(
		positions[2 * a] - positions[2 * b],
		positions[2 * a + 1] - positions[2 * b + 1]
	);
}

/** Mean distance between people of the same team, and between people of different teams. */
export function teamDistances(
	positions: Float32Array,
	teams: ArrayLike<number>
): { within: number; between: number } {
	let within = 0;
	let withinPairs = 0;
	let between = 0;
	let betweenPairs = 0;
	for (let a = 0; a < teams.length; a++) {
		for (let b = a + 1; b < teams.length; b++) {
			const d = distance(positions, a, b);
			if (teams[a] === teams[b]) {
				within += d;
				withinPairs++;
			} else {
				between += d;
				betweenPairs++;
			}
		}
	}
	return { within: within / withinPairs, between: between / betweenPairs };
}
