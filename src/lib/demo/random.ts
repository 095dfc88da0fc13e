// A seeded random source with the few draws the generator needs, so every run with a seed is identical.
// randomLcg comes through 'd3' (a declared dependency) rather than 'd3-random' (only a transitive one).
import { randomLcg } from 'd3';

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** Picks by weight; weights need not sum to 1. */
	weighted<T>(items: readonly (readonly [T, number])[]): T;
	/** A shuffled copy (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[];
	/** Up to k distinct items in random order. */
	sample<T>(items: readonly T[], k: number): T[];
}

export function createRng(seed: number): Rng {
	const next = randomLcg(seed);
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const shuffle = <T>(items: readonly T[]): T[] => {
		const copy = items.slice();
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[copy[i], copy[j]] = [copy[j], copy[i]];
		}
		return copy;
	};
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		weighted: (items) => {
			const total = items.reduce((sum, [, weight]) => sum + weight, 0);
			let draw = next() * total;
			for (const [item, weight] of items) {
				draw -= weight;
				if (draw < 0) return item;
			}
			return items[items.length - 1][0];
		},
		shuffle,
		sample: (items, k) => shuffle(items).slice(0, Math.max(0, k))
	};
}
