// The static force layout: finite, repeatable positions that put tied people closer than untied ones.
import { describe, expect, it } from 'vitest';
import { forceLayout } from '../../../src/lib/layout/forceLayout';

function distance(p: Float32Array, a: number, b: number): number {
	return Math.hypot(p[2 * a] - p[2 * b], p[2 * a + 1] - p[2 * b + 1]);
}

describe('forceLayout', () => {
	// Two triangles joined by one tie, and a person with no tie.
	const ties = [
		{ source: 0, target: 1 },
		{ source: 1, target: 2 },
		{ source: 0, target: 2 },
		{ source: 3, target: 4 },
		{ source: 4, target: 5 },
		{ source: 3, target: 5 },
		{ source: 2, target: 3 }
	];

	it('gives the same finite positions on every run', () => {
		const first = forceLayout(7, ties);
		expect(first).toHaveLength(14);
		expect([...first].every(Number.isFinite)).toBe(true);
		expect(forceLayout(7, ties)).toEqual(first);
	});

	it('keeps each triangle tighter than the distance between the triangles', () => {
		const p = forceLayout(7, ties);
		const inside = Math.max(distance(p, 0, 1), distance(p, 4, 5));
		expect(inside).toBeLessThan(distance(p, 0, 5));
	});

	it('reports progress and stops when asked', () => {
		const fractions: number[] = [];
		let calls = 0;
		forceLayout(7, ties, { onProgress: (f) => fractions.push(f), shouldStop: () => ++calls > 30 });
		expect(fractions.length).toBeGreaterThan(0);
		expect(fractions.every((f) => f >= 0 && f < 1)).toBe(true);
		expect(calls).toBe(31);
	});
});
