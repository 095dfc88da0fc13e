// A re-derived network starts from the picture before: the people kept stay put, newcomers join their neighbours or
// their team, and a network of mostly new people starts afresh.
import { describe, expect, it } from 'vitest';
import { layoutGraphOf } from '../../../src/lib/layout/layoutGraph';
import { LayoutSimulation } from '../../../src/lib/layout/simulation';
import { WARM_START_DEFAULTS, warmStartPositions } from '../../../src/lib/layout/warmStart';
import { organisation } from './organisation';

const at = (positions: ArrayLike<number>, i: number) => [positions[2 * i], positions[2 * i + 1]];

describe('warmStartPositions', () => {
	const previous = {
		ids: ['a', 'b', 'c', 'd'],
		positions: Float32Array.from([0, 0, 100, 0, 100, 100, -50, 20])
	};

	it('keeps everyone where they were, whatever their new order', () => {
		const ids = ['d', 'c', 'b', 'a'];
		const graph = layoutGraphOf(
			ids.map((id) => ({ id, team: 'T' })),
			[{ source: 'a', target: 'b' }]
		);
		const warm = warmStartPositions(previous, ids, graph);
		expect(warm?.kept).toBe(4);
		expect(ids.map((_, i) => at(warm!.positions, i))).toEqual([
			[-50, 20],
			[100, 100],
			[100, 0],
			[0, 0]
		]);
	});

	it('puts a newcomer near the mean of their neighbours already placed', () => {
		const ids = ['a', 'b', 'c', 'new'];
		const graph = layoutGraphOf(
			ids.map((id) => ({ id, team: 'T' })),
			[
				{ source: 'new', target: 'b' },
				{ source: 'c', target: 'new' }
			]
		);
		const warm = warmStartPositions(previous, ids, graph)!;
		expect(warm.kept).toBe(3);
		expect(at(warm.positions, 0)).toEqual([0, 0]);
		const [x, y] = at(warm.positions, 3);
		// The mean of b (100, 0) and c (100, 100), up to the offset that keeps newcomers apart.
		expect(Math.hypot(x - 100, y - 50)).toBeCloseTo(WARM_START_DEFAULTS.offset, 4);
	});

	it('reaches newcomers tied only to other newcomers, and sends the unconnected to their team', () => {
		const people = [
			{ id: 'a', team: 'Left' },
			{ id: 'b', team: 'Right' },
			{ id: 'c', team: 'Right' },
			{ id: 'd', team: 'Left' },
			{ id: 'n1', team: 'Left' },
			{ id: 'n2', team: 'Left' },
			{ id: 'n3', team: 'Right' }
		];
		const graph = layoutGraphOf(people, [
			{ source: 'n1', target: 'b' },
			{ source: 'n2', target: 'n1' }
		]);
		const warm = warmStartPositions(
			previous,
			people.map((p) => p.id),
			graph
		)!;
		const offset = WARM_START_DEFAULTS.offset;
		const [x1, y1] = at(warm.positions, 4);
		expect(Math.hypot(x1 - 100, y1)).toBeCloseTo(offset, 4);
		// n2 joins n1 where n1 was put.
		const [x2, y2] = at(warm.positions, 5);
		expect(Math.hypot(x2 - x1, y2 - y1)).toBeCloseTo(offset, 4);
		// n3 has no ties: the centre of Right as kept, b (100, 0) and c (100, 100).
		const [x3, y3] = at(warm.positions, 6);
		expect(Math.hypot(x3 - 100, y3 - 50)).toBeCloseTo(offset, 4);
	});

	it('gives newcomers joining one spot different places, the same each time', () => {
		const ids = ['a', 'b', 'c', 'd', 'n1', 'n2'];
		const graph = layoutGraphOf(
			ids.map((id) => ({ id, team: 'T' })),
			[
				{ source: 'n1', target: 'a' },
				{ source: 'n2', target: 'a' }
			]
		);
		const first = warmStartPositions(previous, ids, graph)!;
		expect(at(first.positions, 4)).not.toEqual(at(first.positions, 5));
		expect(warmStartPositions(previous, ids, graph)!.positions).toEqual(first.positions);
	});

	it('starts afresh when fewer than half the people were laid out before', () => {
		const ids = ['a', 'x', 'y', 'z'];
		const graph = layoutGraphOf(
			ids.map((id) => ({ id, team: 'T' })),
			[]
		);
		expect(warmStartPositions(previous, ids, graph)).toBeNull();
		expect(warmStartPositions(previous, ids, graph, { minKept: 0.25 })?.kept).toBe(1);
		expect(warmStartPositions({ ids: [], positions: new Float32Array() }, ids, graph)).toBeNull();
	});
});

describe('LayoutSimulation from a warm start', () => {
	const toRest = (simulation: LayoutSimulation) => {
		while (!simulation.settled) simulation.tick();
		return simulation.positions();
	};

	it('moves a settled picture little after a few ties change, and holds the pinned where they are', () => {
		const graph = organisation([40, 30, 30], 6, 0.2, 3);
		const settled = toRest(new LayoutSimulation(graph));
		// A tenth of the ties dropped, as a narrower calendar window might.
		const keep = (_: number, t: number) => t % 10 !== 0;
		const changed = {
			teams: graph.teams,
			sources: graph.sources.filter(keep),
			targets: graph.targets.filter(keep)
		};
		const ids = Array.from(graph.teams, (_, i) => `p${i}`);
		const warm = warmStartPositions({ ids, positions: settled }, ids, changed)!;
		const pinned = { index: 5, x: settled[10] + 30, y: settled[11] };
		const warmed = toRest(
			new LayoutSimulation(changed, 'free', {
				positions: warm.positions,
				alpha: WARM_START_DEFAULTS.alpha,
				pins: [pinned]
			})
		);
		// The same start at a full start's alpha: the picture is reshaped.
		const reshaped = toRest(
			new LayoutSimulation(changed, 'free', { positions: warm.positions.slice(), alpha: 1 })
		);

		const moves = (to: Float32Array) =>
			Array.from(graph.teams, (_, i) =>
				Math.hypot(to[2 * i] - settled[2 * i], to[2 * i + 1] - settled[2 * i + 1])
			).sort((a, b) => a - b);
		const quantile = (values: number[], q: number) => values[Math.floor(q * values.length)];
		let span = 0;
		for (let i = 0; i < graph.teams.length; i++)
			span = Math.max(span, Math.hypot(settled[2 * i], settled[2 * i + 1]) * 2);
		// Most people stay within a few percent of the picture's width.
		expect(quantile(moves(warmed), 0.5)).toBeLessThan(0.04 * span);
		expect(quantile(moves(warmed), 0.9)).toBeLessThan(0.1 * span);
		expect(quantile(moves(reshaped), 0.5)).toBeGreaterThan(3 * quantile(moves(warmed), 0.5));
		expect(at(warmed, 5)).toEqual([pinned.x, pinned.y].map(Math.fround));
	});

	it('starts from the positions given, at the alpha given', () => {
		const graph = organisation([10, 10], 4, 0.2);
		const positions = Float32Array.from({ length: 40 }, (_, i) => i);
		const simulation = new LayoutSimulation(graph, 'teams', { positions, alpha: 0.15 });
		expect(simulation.positions()).toEqual(positions);
		expect(simulation.alpha).toBe(0.15);
		expect(
			() => new LayoutSimulation(graph, 'free', { positions: positions.slice(2), alpha: 0.1 })
		).toThrow(/start positions/);
	});
});
