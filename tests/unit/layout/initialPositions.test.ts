// The layout's first frame: repeatable, each team in its own disc, teams with ties between them side by side.
import { describe, expect, it } from 'vitest';
import {
	anchorsOf,
	ringOrder,
	startingPositions,
	teamSizes
} from '../../../src/lib/layout/initialPositions';
import { layoutGraphOf } from '../../../src/lib/layout/layoutGraph';
import { organisation } from './organisation';

/** The index of the anchor nearest each person. */
function nearestAnchor(positions: Float32Array, anchors: Float64Array): number[] {
	return Array.from({ length: positions.length / 2 }, (_, i) => {
		let best = -1;
		let bestDistance = Infinity;
		for (let team = 0; team < anchors.length / 2; team++) {
			const d = Math.hypot(
				positions[2 * i] - anchors[2 * team],
				positions[2 * i + 1] - anchors[2 * team + 1]
			);
			if (d < bestDistance) [best, bestDistance] = [team, d];
		}
		return best;
	});
}

describe('startingPositions', () => {
	it('gives the same finite positions for the same network', () => {
		const graph = organisation([30, 12, 50, 7], 6, 0.2);
		const first = startingPositions(graph);
		expect(first).toHaveLength(2 * 99);
		expect([...first].every(Number.isFinite)).toBe(true);
		expect(startingPositions(organisation([30, 12, 50, 7], 6, 0.2))).toEqual(first);
	});

	it('places every person nearer their own team than any other, on a ring of a few teams', () => {
		const graph = organisation([45, 27, 16, 16, 15, 23, 13, 19, 40, 36], 8, 0.3);
		expect(nearestAnchor(startingPositions(graph), anchorsOf(graph))).toEqual([...graph.teams]);
	});

	it('does the same for 60 teams of different sizes packed around the centre', () => {
		const sizes = Array.from({ length: 60 }, (_, team) => 5 + ((team * 37) % 120));
		const graph = organisation(sizes, 4, 0.2);
		expect(nearestAnchor(startingPositions(graph), anchorsOf(graph))).toEqual([...graph.teams]);
	});

	it('puts everyone of a one-team network around the centre', () => {
		const positions = startingPositions(organisation([40], 4, 0));
		const xs = [...positions].filter((_, i) => i % 2 === 0);
		const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
		expect(Math.abs(mean)).toBeLessThan(10);
	});
});

describe('ringOrder', () => {
	it('chains teams so that those with the most ties between them are neighbours', () => {
		// Ties: 0-2 heavy, 2-1 heavy, 1-3 heavy; 0-1, 0-3 and 2-3 none.
		const people = [0, 1, 2, 3].flatMap((team) =>
			Array.from({ length: 5 }, (_, k) => ({ id: `${team}-${k}`, team: `team ${team}` }))
		);
		const ties = [
			...[0, 1, 2, 3, 4].map((k) => ({ source: `0-${k}`, target: `2-${k}` })),
			...[0, 1, 2, 3].map((k) => ({ source: `2-${k}`, target: `1-${k}` })),
			...[0, 1, 2].map((k) => ({ source: `1-${k}`, target: `3-${k}` }))
		];
		const graph = layoutGraphOf(people, ties);
		const order = ringOrder(graph, teamSizes(graph.teams));
		expect([...order].sort()).toEqual([0, 1, 2, 3]);
		const neighbours = (a: number, b: number) =>
			Math.abs(order.indexOf(a) - order.indexOf(b)) === 1;
		expect(neighbours(0, 2)).toBe(true);
		expect(neighbours(2, 1)).toBe(true);
		expect(neighbours(1, 3)).toBe(true);
	});
});

describe('teamSizes', () => {
	it('counts the people of each team index', () => {
		expect(teamSizes(Uint32Array.from([2, 0, 2, 2, 1]))).toEqual([1, 1, 3]);
	});
});
