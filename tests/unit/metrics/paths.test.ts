// The shortest-path pass: split by source it adds up to the whole, and sampled it estimates within its stated error.
import { describe, expect, it } from 'vitest';
import { buildPeopleGraph } from '../../../src/lib/graph/build';
import type { Person, Tie } from '../../../src/lib/graph/types';
import { indexGraph } from '../../../src/lib/metrics/indexedGraph';
import { chooseSources, pathFigures } from '../../../src/lib/metrics/pathFigures';
import { addSlices, PATH_SLICES, sliceSources } from '../../../src/lib/metrics/pathRunner';
import { shortestPathTotals } from '../../../src/lib/metrics/shortestPaths';
import { createRng } from '../../../src/lib/demo/random';

/** Teams of 20 with most ties inside, seeded: big enough for sampling to be worth checking. */
function organisation(people: number, tiesPerPerson: number) {
	const rng = createRng(11);
	const persons: Person[] = Array.from({ length: people }, (_, i) => ({
		id: `p${String(i).padStart(4, '0')}`,
		name: `P${i}`,
		team: `t${Math.floor(i / 20)}`,
		attributes: {}
	}));
	const seen = new Set<string>();
	const ties: Tie[] = [];
	while (ties.length < (people * tiesPerPerson) / 2) {
		const a = rng.int(0, people - 1);
		const b = rng.chance(0.8) ? Math.floor(a / 20) * 20 + rng.int(0, 19) : rng.int(0, people - 1);
		const [s, t] = [persons[Math.min(a, b)].id, persons[Math.max(a, b)].id];
		if (a === b || b >= people || seen.has(s + t)) continue;
		seen.add(s + t);
		ties.push({ source: s, target: t, weight: 1, interactions: 1, minutes: 0 });
	}
	return indexGraph(buildPeopleGraph(persons, ties));
}

const graph = organisation(800, 8);
const n = graph.keys.length;
const everyone = chooseSources(n, { exactLimit: n, samples: 0, seed: 1 });
const exact = pathFigures(shortestPathTotals(graph, everyone), n, n);

describe('shortest-path totals', () => {
	it('add up from interleaved slices to the same figures as one pass', () => {
		const slices = sliceSources(everyone);
		expect(slices).toHaveLength(PATH_SLICES);
		expect(slices.map((slice) => slice.length)).toEqual([
			67, 67, 67, 67, 67, 67, 67, 67, 66, 66, 66, 66
		]);
		const whole = pathFigures(
			addSlices(
				n,
				slices.map((slice) => shortestPathTotals(graph, slice))
			),
			n,
			n
		);
		expect(whole.averagePathLength).toBeCloseTo(exact.averagePathLength as number, 12);
		expect(whole.diameter).toBe(exact.diameter);
		for (let v = 0; v < n; v++) {
			expect(whole.betweenness[v]).toBeCloseTo(exact.betweenness[v], 12);
			expect(whole.closeness[v]).toBeCloseTo(exact.closeness[v], 12);
		}
	});
});

describe('sampled paths', () => {
	const options = { exactLimit: 500, samples: 300, seed: 3 };
	const sources = chooseSources(n, options);
	const sampled = pathFigures(shortestPathTotals(graph, sources), n, sources.length);

	it('samples distinct people, the same ones for the same seed', () => {
		expect(sources).toHaveLength(300);
		expect(new Set(sources).size).toBe(300);
		expect(chooseSources(n, options)).toEqual(sources);
		expect(chooseSources(n, { ...options, seed: 4 })).not.toEqual(sources);
	});

	it('states itself as an estimate, and lands within its stated error', () => {
		expect(sampled.estimate.exact).toBe(false);
		expect(sampled.estimate.sources).toBe(300);
		const { averagePathLengthError, betweennessRelativeError } = sampled.estimate;
		expect(averagePathLengthError).toBeGreaterThan(0);
		expect(
			Math.abs((sampled.averagePathLength as number) - (exact.averagePathLength as number))
		).toBeLessThan(4 * averagePathLengthError);
		expect(betweennessRelativeError).toBeGreaterThan(0);
		expect(betweennessRelativeError).toBeLessThan(0.2);
		// The ten most central: each estimate within four stated errors of the exact value.
		const top = Array.from(exact.betweenness.keys())
			.sort((a, b) => exact.betweenness[b] - exact.betweenness[a])
			.slice(0, 10);
		for (const v of top) {
			const relative =
				Math.abs(sampled.betweenness[v] - exact.betweenness[v]) / exact.betweenness[v];
			expect(relative).toBeLessThan(4 * betweennessRelativeError);
		}
		// The sampled diameter is the longest path seen: never more than the true one.
		expect(sampled.diameter).toBeLessThanOrEqual(exact.diameter as number);
		const closenessError = Array.from(exact.closeness.keys()).map(
			(v) => Math.abs(sampled.closeness[v] - exact.closeness[v]) / exact.closeness[v]
		);
		expect(Math.max(...closenessError)).toBeLessThan(0.1);
	});

	it('is exact with no stated error at or below the limit', () => {
		expect(exact.estimate).toEqual({
			exact: true,
			sources: n,
			averagePathLengthError: 0,
			betweennessRelativeError: 0
		});
	});
});
