// The typed-array many-body force against every pair summed by hand and against d3.forceManyBody itself.
import { forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/lib/demo/random';
import { forceManyBodyFlat } from '../../../src/lib/layout/manyBody';

type Force = ((alpha: number) => void) & {
	initialize?: (nodes: SimulationNodeDatum[], random: () => number) => void;
};

/** The velocity change one application of `force` gives each node at `points`. */
function push(points: { x: number; y: number }[], force: Force): [number, number][] {
	const nodes: SimulationNodeDatum[] = points.map((p) => ({ ...p, vx: 0, vy: 0 }));
	forceSimulation(nodes).stop().force('charge', force);
	force(1);
	return nodes.map((node) => [node.vx ?? 0, node.vy ?? 0]);
}

/** Every pair, as d3 defines the force: strength * (other - self) / squared distance, within distanceMax. */
function exact(points: { x: number; y: number }[], strength: number, distanceMax: number) {
	return points.map((p, i) => {
		let vx = 0;
		let vy = 0;
		points.forEach((q, j) => {
			if (i === j) return;
			const [x, y] = [q.x - p.x, q.y - p.y];
			const l = x * x + y * y;
			if (l >= distanceMax * distanceMax) return;
			vx += (x * strength) / Math.max(l, Math.sqrt(l));
			vy += (y * strength) / Math.max(l, Math.sqrt(l));
		});
		return [vx, vy] as [number, number];
	});
}

/** Mean length of the difference over mean length of the reference. */
function relativeError(got: [number, number][], want: [number, number][]): number {
	let error = 0;
	let size = 0;
	got.forEach(([x, y], i) => {
		error += Math.hypot(x - want[i][0], y - want[i][1]);
		size += Math.hypot(want[i][0], want[i][1]);
	});
	return error / size;
}

function clusteredPoints(count: number, seed: number): { x: number; y: number }[] {
	const rng = createRng(seed);
	const centres = Array.from({ length: 12 }, () => [rng.next() * 1200, rng.next() * 1200]);
	return Array.from({ length: count }, () => {
		const [cx, cy] = rng.pick(centres);
		return { x: cx + (rng.next() - 0.5) * 150, y: cy + (rng.next() - 0.5) * 150 };
	});
}

describe('forceManyBodyFlat', () => {
	const options = { strength: -38, distanceMin: 1, distanceMax: 400 };

	it('gives the exact sum over every pair when no cell is approximated', () => {
		const points = clusteredPoints(400, 1);
		const got = push(points, forceManyBodyFlat({ ...options, theta: 1e-3 }));
		expect(relativeError(got, exact(points, -38, 400))).toBeLessThan(1e-9);
	});

	it('gives the same forces as d3.forceManyBody, far cells approximated alike', () => {
		const points = clusteredPoints(3000, 2);
		for (const theta of [0.5, 0.9]) {
			const ours = push(points, forceManyBodyFlat({ ...options, theta }));
			const d3s = push(points, forceManyBody().strength(-38).theta(theta).distanceMax(400));
			expect(relativeError(ours, d3s)).toBeLessThan(1e-9);
			// Both approximate: at theta 0.9 a few per cent from the exact sum.
			expect(relativeError(ours, exact(points, -38, 400))).toBeGreaterThan(0.01);
		}
	});

	it('leaves people farther apart than distanceMax alone', () => {
		const got = push(
			[
				{ x: 0, y: 0 },
				{ x: 500, y: 0 }
			],
			forceManyBodyFlat({ ...options, theta: 0.9 })
		);
		expect(got).toEqual([
			[0, 0],
			[0, 0]
		]);
	});

	it('pushes apart people on the very same spot, with finite forces', () => {
		const points = [
			{ x: 5, y: 5 },
			{ x: 5, y: 5 },
			{ x: 5, y: 5 },
			{ x: 40, y: 5 }
		];
		const got = push(points, forceManyBodyFlat({ ...options, theta: 0.9 }));
		expect(got.flat().every(Number.isFinite)).toBe(true);
		// The one standing apart is pushed away from the three, to the right.
		expect(got[3][0]).toBeGreaterThan(0);
		expect(got[3][0]).toBeCloseTo((3 * -38 * -35) / (35 * 35), 6);
	});
});
