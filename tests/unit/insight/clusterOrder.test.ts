// Ordering teams by average-linkage clustering of the rows of their share matrix.
import { describe, expect, it } from 'vitest';
import { clusterOrder, clusterTeams } from '../../../src/lib/insight/clusterOrder';
import type { TeamMatrixCell } from '../../../src/lib/insight/types';

describe('clusterOrder', () => {
	it('puts two clear blocks next to each other, the block with the first name first', () => {
		// A works with C, B with D: d(A,C) = d(B,D) = 0.28, every other pair 1.02.
		const order = clusterOrder(
			['A', 'B', 'C', 'D'],
			[
				[0.6, 0, 0.4, 0],
				[0, 0.6, 0, 0.4],
				[0.4, 0, 0.6, 0],
				[0, 0.4, 0, 0.6]
			]
		);
		expect(order).toEqual(['A', 'C', 'B', 'D']);
	});

	it('uses average linkage, not single linkage', () => {
		// On a line: b = 0, d = 1, a = 3.4, c = 6.2. b and d merge first (1). Then a-c is 2.8 while
		// {b,d}-a averages (3.4 + 2.4) / 2 = 2.9, so a joins c; single linkage would join a to {b,d} at 2.4.
		const order = clusterOrder(['a', 'b', 'c', 'd'], [[3.4], [0], [6.2], [1]]);
		expect(order).toEqual(['a', 'c', 'b', 'd']);
	});

	it('breaks ties by name, so identical rows come out alphabetically', () => {
		expect(clusterOrder(['c', 'a', 'b'], [[0], [0], [0]])).toEqual(['a', 'b', 'c']);
	});

	it('handles no team and one team', () => {
		expect(clusterOrder([], [])).toEqual([]);
		expect(clusterOrder(['Solo'], [[1]])).toEqual(['Solo']);
	});

	it('names itself when rows and names disagree', () => {
		expect(() => clusterOrder(['a', 'b'], [[0]])).toThrow(/clusterOrder/);
	});
});

describe('clusterTeams', () => {
	/** Every ordered pair of teams: 6 inside each team, 4 with its partner, none elsewhere. */
	function blocks(pairs: [string, string][]): TeamMatrixCell[] {
		const teams = pairs.flat();
		const partner = new Map(pairs.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
		return teams.flatMap((from) =>
			teams.map((to) => {
				const weight = from === to ? 6 : partner.get(from) === to ? 4 : 0;
				return { from, to, ties: weight, interactions: weight, weight, share: weight / 10 };
			})
		);
	}

	it('orders teams so that teams working together are adjacent', () => {
		const cells = blocks([
			['Design', 'Finance'],
			['Engineering', 'Legal']
		]);
		expect(clusterTeams(cells)).toEqual(['Design', 'Finance', 'Engineering', 'Legal']);
	});

	it('does not depend on the order of the cells', () => {
		const cells = blocks([
			['Legal', 'Engineering'],
			['Finance', 'Design']
		]).reverse();
		expect(clusterTeams(cells)).toEqual(['Design', 'Finance', 'Engineering', 'Legal']);
	});
});
