// The heatmap keeps a large organisation readable: the teams with the most tie weight, shares as they were.
import { describe, expect, it } from 'vitest';
import type { TeamMatrixCell } from '../../../src/lib/insight/types';
import { busiestTeams } from '../../../src/lib/viz/teamHeatmap';

const cell = (from: string, to: string, weight: number): TeamMatrixCell => ({
	from,
	to,
	ties: 1,
	interactions: 1,
	weight,
	share: 0.5
});

describe('busiestTeams', () => {
	// Row weights: A 5 + 1 + 0 = 6, B 1 + 3 + 1 = 5, C 0 + 1 + 0.5 = 1.5.
	const cells = [
		cell('A', 'A', 5),
		cell('A', 'B', 1),
		cell('A', 'C', 0),
		cell('B', 'A', 1),
		cell('B', 'B', 3),
		cell('B', 'C', 1),
		cell('C', 'A', 0),
		cell('C', 'B', 1),
		cell('C', 'C', 0.5)
	];

	it('keeps every team up to the limit', () => {
		expect(busiestTeams(cells, 3)).toEqual({ cells, shown: 3, total: 3 });
	});

	it('keeps the pairs among the teams with the most weight, shares unchanged', () => {
		const { cells: kept, shown, total } = busiestTeams(cells, 2);
		expect([shown, total]).toEqual([2, 3]);
		expect(kept.map((c) => `${c.from}${c.to}`)).toEqual(['AA', 'AB', 'BA', 'BB']);
		expect(kept.every((c) => c.share === 0.5)).toBe(true);
	});
});
