// Communities formed, merged and dissolved, matched by shared members, on memberships written by hand.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/lib/analysis/types';
import { communityChanges } from '../../../src/lib/change/communityChange';

/** Just what communityChanges reads: who is in which community, and each community's teams. */
function analysis(groups: string[][]): Analysis {
	return {
		people: groups.flatMap((members, community) =>
			members.map((id) => ({ id, community, team: id[0] }))
		),
		communities: groups.map((members, id) => ({
			id,
			size: members.length,
			teams: { [members[0][0]]: members.length },
			crossTeam: false
		}))
	} as unknown as Analysis;
}

describe('community change', () => {
	it('finds two communities merging, one dissolving and one forming; one carrying on is not listed', () => {
		const a = analysis([
			['a1', 'a2', 'a3', 'a4'],
			['b1', 'b2', 'b3'],
			['c1', 'c2', 'c3'],
			['d1', 'd2', 'd3', 'd4'],
			['e1']
		]);
		const b = analysis([
			// a and b went together into one.
			['a1', 'a2', 'a3', 'b1', 'b2', 'b3'],
			// c split three ways, under half anywhere: dissolved.
			['c1', 'd1', 'd2', 'd3'],
			['c2', 'd4', 'x1'],
			['c3', 'x2', 'x3'],
			['a4', 'e1']
		]);
		expect(communityChanges(a, b)).toEqual([
			{ kind: 'dissolved', a: [2], b: [], teams: { c: 3 }, size: 3 },
			{ kind: 'merged', a: [0, 1], b: [0], teams: { a: 6 }, size: 6 },
			{ kind: 'formed', a: [], b: [2], teams: { c: 3 }, size: 3 },
			{ kind: 'formed', a: [], b: [3], teams: { c: 3 }, size: 3 }
		]);
	});
});
