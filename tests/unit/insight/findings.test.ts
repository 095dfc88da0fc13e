// Team matrix, fragile bridges, communities, NMI and roles on small graphs whose answers are worked out by hand.
import { describe, expect, it } from 'vitest';
import type { Tie } from '../../../src/lib/graph/types';
import {
	detectCommunities,
	normalizedMutualInformation,
	partitionModularity
} from '../../../src/lib/insight/communities';
import { fragileBridges } from '../../../src/lib/insight/fragileBridges';
import { assignRoles, DEFAULT_ROLE_RULES, type RolePerson } from '../../../src/lib/insight/roles';
import { teamMatrix } from '../../../src/lib/insight/teamMatrix';
import { smallGraph } from '../metrics/graphs';

const tie = (source: string, target: string, weight = 1, interactions = 1): Tie => ({
	source,
	target,
	weight,
	interactions,
	minutes: 0
});

describe('teamMatrix', () => {
	it('counts ties both ways across teams, once inside, and row-normalises the weight', () => {
		const teamOf = new Map([
			['a1', 'A'],
			['a2', 'A'],
			['b1', 'B']
		]);
		const cells = teamMatrix(['A', 'B'], teamOf, [tie('a1', 'a2', 2, 1), tie('a1', 'b1', 1, 3)]);
		// A's tie weight: 2 inside + 1 to B = 3; B's: 1, all to A.
		expect(cells).toEqual([
			{ from: 'A', to: 'A', ties: 1, interactions: 1, weight: 2, share: 2 / 3 },
			{ from: 'A', to: 'B', ties: 1, interactions: 3, weight: 1, share: 1 / 3 },
			{ from: 'B', to: 'A', ties: 1, interactions: 3, weight: 1, share: 1 },
			{ from: 'B', to: 'B', ties: 0, interactions: 0, weight: 0, share: 0 }
		]);
	});
});

describe('fragileBridges', () => {
	const teamOf = new Map(
		['a1', 'a2', 'b1', 'b2', 'c1', 'x1', 'x2', 'x3', 'y1', 'y2', 'y3'].map((id) => [
			id,
			id[0].toUpperCase()
		])
	);

	it('names the person carrying half or more of two teams’ tie weight, most weight at risk first', () => {
		const bridges = fragileBridges(teamOf, [
			// A-B: weight 4; a1 and b1 each carry 3 (75%); the smaller id is named.
			tie('a1', 'b1', 3),
			tie('a2', 'b2', 1),
			// A-C: weight 2, all through c1.
			tie('a1', 'c1'),
			tie('a2', 'c1'),
			// X-Y: three separate ties, nobody carries more than a third.
			tie('x1', 'y1'),
			tie('x2', 'y2'),
			tie('x3', 'y3'),
			// Inside a team: never a bridge.
			tie('a1', 'a2', 10)
		]);
		// Weight at risk: A-B 0.75 x 4 = 3, A-C 1 x 2 = 2.
		expect(bridges).toEqual([
			{ teams: ['A', 'B'], person: 'a1', share: 0.75, weight: 4, ties: 2 },
			{ teams: ['A', 'C'], person: 'c1', share: 1, weight: 2, ties: 2 }
		]);
	});
});

describe('communities', () => {
	// Two 4-cliques joined by one tie, each clique its own team.
	const clique = (ids: string[]) =>
		ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));
	const graph = smallGraph({ a: 'L', b: 'L', c: 'L', d: 'L', e: 'R', f: 'R', g: 'R', h: 'R' }, [
		...clique(['a', 'b', 'c', 'd']),
		...clique(['e', 'f', 'g', 'h']),
		['d', 'e']
	]);

	it('finds the two cliques, with their modularity 2 (6/13 - (13/26)^2) = 11/26', () => {
		const found = detectCommunities(graph);
		expect(found.communities.map((c) => c.size)).toEqual([4, 4]);
		expect(found.membership.a).toBe(found.membership.d);
		expect(found.membership.a).not.toBe(found.membership.e);
		expect(found.communities[0]).toEqual({ id: 0, size: 4, teams: { L: 4 }, crossTeam: false });
		expect(found.modularity).toBeCloseTo(11 / 26, 12);
		expect(partitionModularity(graph, (p) => graph.getNodeAttribute(p, 'team'))).toBeCloseTo(
			11 / 26,
			12
		);
	});

	it('repeats exactly with the same seed', () => {
		expect(detectCommunities(graph, 7)).toEqual(detectCommunities(graph, 7));
	});

	it('flags a community drawing two or more people from each of three teams as cross-team', () => {
		const mixed = smallGraph(
			{ p1: 'A', p2: 'A', p3: 'B', p4: 'B', p5: 'C', p6: 'C' },
			clique(['p1', 'p2', 'p3', 'p4', 'p5', 'p6'])
		);
		expect(detectCommunities(mixed).communities).toEqual([
			{ id: 0, size: 6, teams: { A: 2, B: 2, C: 2 }, crossTeam: true }
		]);
	});

	it('gives each person a community of their own when nobody is tied, with no modularity', () => {
		const found = detectCommunities(smallGraph({ a: 'A', b: 'B' }, []));
		expect(found.communities.map((c) => c.size)).toEqual([1, 1]);
		expect(found.modularity).toBeNull();
	});
});

describe('normalizedMutualInformation', () => {
	it('is 1 for the same grouping under other names and 0 for independent ones', () => {
		expect(normalizedMutualInformation([0, 0, 1, 1], ['x', 'x', 'y', 'y'])).toBeCloseTo(1, 12);
		expect(normalizedMutualInformation([0, 0, 1, 1], ['x', 'y', 'x', 'y'])).toBeCloseTo(0, 12);
	});

	it('matches the worked example MI / mean entropy', () => {
		// Joint counts (1,1) 2, (2,1) 1, (2,2) 1 of 4.
		const mutual = 0.5 * Math.log(4 / 3) + 0.25 * Math.log(2 / 3) + 0.25 * Math.log(2);
		const entropyU = Math.log(2);
		const entropyV = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
		expect(normalizedMutualInformation([1, 1, 2, 2], [1, 1, 1, 2])).toBeCloseTo(
			mutual / ((entropyU + entropyV) / 2),
			12
		);
	});
});

describe('assignRoles', () => {
	const person = (id: string, team: string, figures: Partial<RolePerson>): RolePerson => ({
		id,
		team,
		degree: 0,
		betweenness: 0,
		constraint: null,
		tiesInsideTeam: 0,
		otherTeams: 0,
		...figures
	});
	// Ten people: the top 10% of betweenness is the single highest (p1, 0.5); the constraint median of the
	// nine with ties is 0.4; team T's in-team ties are 4, 2, 2, 1, 1: top 10% from 4, median 2.
	const people = [
		person('p0', 'S', {}),
		person('p1', 'S', { degree: 4, betweenness: 0.5, constraint: 0.1, otherTeams: 2 }),
		person('p2', 'T', { degree: 5, betweenness: 0.2, constraint: 0.5, tiesInsideTeam: 4 }),
		person('p3', 'T', {
			degree: 5,
			betweenness: 0.1,
			constraint: 0.4,
			tiesInsideTeam: 2,
			otherTeams: 2
		}),
		person('p4', 'T', { degree: 2, constraint: 0.6, tiesInsideTeam: 2 }),
		person('p5', 'T', { degree: 1, constraint: 1, tiesInsideTeam: 1 }),
		person('p6', 'T', { degree: 2, constraint: 0.7, tiesInsideTeam: 1, otherTeams: 1 }),
		person('p7', 'S', { degree: 3, constraint: 0.3, otherTeams: 1 }),
		person('p8', 'S', { degree: 3, constraint: 0.35, otherTeams: 1 }),
		person('p9', 'S', { degree: 3, constraint: 0.2, otherTeams: 1 })
	];

	it('applies the default rules in order: isolated, broker, connector, peripheral, member', () => {
		const roles = assignRoles(people);
		expect(Object.fromEntries([...roles].map(([id, r]) => [id, r.role]))).toEqual({
			p0: 'isolated',
			p1: 'broker',
			p2: 'connector',
			p3: 'member',
			p4: 'peripheral',
			p5: 'peripheral',
			// 2 ties, one outside: 50% inside, below 75%.
			p6: 'member',
			p7: 'member',
			p8: 'member',
			p9: 'member'
		});
		expect(roles.get('p1')?.reasons).toEqual([
			'Betweenness 0.50, in the top 10% of the organisation (from 0.50).',
			"Constraint 0.10, at or below the organisation's 50% quantile (0.40).",
			'Tied to 2 other teams (at least 2).'
		]);
		expect(roles.get('p2')?.reasons).toEqual([
			'4 ties inside T, in the top 10% of the team (from 4; median 2).'
		]);
		expect(roles.get('p3')?.reasons).toEqual([
			'5 ties, 3 of them to 2 other teams; no role rule stands out.'
		]);
		expect(roles.get('p6')?.reasons).toEqual([
			'2 ties, 1 of them to 1 other team; no role rule stands out.'
		]);
		expect(roles.get('p7')?.reasons).toEqual([
			'3 ties, all to 1 other team; no role rule stands out.'
		]);
		expect(roles.get('p5')?.reasons[0]).toBe('1 tie (at most 3).');
	});

	it('follows adjusted rules', () => {
		const roles = assignRoles(people, {
			...DEFAULT_ROLE_RULES,
			brokerMinOtherTeams: 3,
			peripheralMaxTies: 1
		});
		expect(roles.get('p1')?.role).toBe('member');
		expect(roles.get('p4')?.role).toBe('member');
		expect(roles.get('p4')?.reasons).toEqual([
			'2 ties, none to other teams; no role rule stands out.'
		]);
		expect(roles.get('p5')?.role).toBe('peripheral');
	});
});
