// Worked examples for each hand-written measure, the flags and the team and network figures.
import { describe, expect, it } from 'vitest';
import { betweenness, closeness, eigenvector, pagerank } from '../../../src/lib/metrics/centrality';
import { clustering } from '../../../src/lib/metrics/clustering';
import { computeMetrics } from '../../../src/lib/metrics/computeMetrics';
import { constraint } from '../../../src/lib/metrics/constraint';
import { eiIndex } from '../../../src/lib/metrics/eiIndex';
import { FLAGS } from '../../../src/lib/metrics/flags';
import { strength } from '../../../src/lib/metrics/strength';
import { smallGraph } from './graphs';

const [isolated, atEdge] = FLAGS;

const triangle = smallGraph({ a: 'x', b: 'x', c: 'x' }, [
	['a', 'b'],
	['b', 'c'],
	['a', 'c']
]);
const star = smallGraph({ hub: 'x', l1: 'x', l2: 'x', l3: 'x', l4: 'x' }, [
	['hub', 'l1'],
	['hub', 'l2'],
	['hub', 'l3'],
	['hub', 'l4']
]);

describe('clustering', () => {
	it('is 1 for everyone in a triangle', () => {
		expect(clustering(triangle)).toEqual({ a: 1, b: 1, c: 1 });
	});

	it('is 0 at the centre of a star and for anyone with fewer than two contacts', () => {
		expect(clustering(star)).toEqual({ hub: 0, l1: 0, l2: 0, l3: 0, l4: 0 });
	});

	it('counts the share of contact pairs that are tied', () => {
		// a's contacts b, c, d: only b-c are tied, 1 of 3 pairs.
		const graph = smallGraph({ a: 'x', b: 'x', c: 'x', d: 'x' }, [
			['a', 'b'],
			['a', 'c'],
			['a', 'd'],
			['b', 'c']
		]);
		expect(clustering(graph).a).toBeCloseTo(1 / 3, 12);
	});
});

describe('constraint', () => {
	it('is 1/k at the centre of a star of k leaves, and 1 for each leaf', () => {
		expect(constraint(star)).toEqual({ hub: 0.25, l1: 1, l2: 1, l3: 1, l4: 1 });
	});

	it('adds the indirect tie through a shared contact in a triangle', () => {
		// Each contact: direct 1/2 plus 1/2 * 1/2 via the third person, squared, for two contacts.
		for (const value of Object.values(constraint(triangle))) expect(value).toBeCloseTo(1.125, 12);
	});

	it('weighs contacts by tie weight', () => {
		const graph = smallGraph({ a: 'x', b: 'x', c: 'x' }, [
			['a', 'b', 3],
			['a', 'c', 1]
		]);
		expect(constraint(graph).a).toBeCloseTo(0.75 ** 2 + 0.25 ** 2, 12);
	});

	it('is null for an isolate', () => {
		expect(constraint(smallGraph({ a: 'x', b: 'x', c: 'x' }, [['a', 'b']])).c).toBeNull();
	});
});

describe('E-I index', () => {
	const graph = smallGraph({ a: 'x', b: 'y', c: 'y', d: 'x', e: 'x', loner: 'x' }, [
		['a', 'b'],
		['a', 'c'],
		['b', 'c'],
		['d', 'e'],
		['b', 'd']
	]);
	const ei = eiIndex(graph);

	it('is 1 for someone whose ties are all outside their team', () => {
		expect(ei.a).toBe(1);
	});

	it('is -1 for someone whose ties are all inside their team', () => {
		expect(ei.e).toBe(-1);
	});

	it('balances external against internal contacts', () => {
		// b: a and d are in another team, c is in the same one.
		expect(ei.b).toBeCloseTo(1 / 3, 12);
		expect(ei.d).toBe(0);
	});

	it('is null for an isolate', () => {
		expect(ei.loner).toBeNull();
	});
});

describe('strength and the path measures', () => {
	const graph = smallGraph({ a: 'x', b: 'x', c: 'x', d: 'x' }, [
		['a', 'b', 5],
		['b', 'c', 0.5],
		['c', 'd', 2]
	]);

	it('sums tie weights', () => {
		expect(strength(graph)).toEqual({ a: 5, b: 5.5, c: 2.5, d: 2 });
	});

	it('counts hops, not weights, for betweenness, normalised over pairs of others', () => {
		// On a path a-b-c-d, b lies between a-c and a-d: 2 of the (n-1)(n-2)/2 = 3 pairs.
		const result = betweenness(graph);
		expect(result.b).toBeCloseTo(2 / 3, 12);
		expect(result.c).toBeCloseTo(2 / 3, 12);
		expect(result.a).toBe(0);
	});
});

describe('eigenvector and PageRank', () => {
	it('gives eigenvector centrality unit Euclidean norm', () => {
		const values = Object.values(eigenvector(star));
		expect(Math.hypot(...values)).toBeCloseTo(1, 12);
	});

	it('spreads an isolate’s PageRank over everyone, so ranks still sum to 1', () => {
		const graph = smallGraph({ a: 'x', b: 'x', c: 'x' }, [['a', 'b']]);
		const ranks = pagerank(graph);
		expect(ranks.a + ranks.b + ranks.c).toBeCloseTo(1, 12);
		expect(ranks.c).toBeGreaterThan(0);
	});

	it('returns nothing for an empty graph rather than failing', () => {
		const empty = smallGraph({}, []);
		for (const measure of [betweenness, closeness, eigenvector, pagerank]) {
			expect(measure(empty)).toEqual({});
		}
	});
});

describe('flags', () => {
	const graph = smallGraph(
		{ leaf: 'x', hub: 'x', inward: 'x', bridge: 'y', other: 'y', loner: 'y' },
		[
			['leaf', 'hub'],
			['hub', 'inward'],
			['inward', 'leaf'],
			['hub', 'bridge'],
			['bridge', 'other'],
			['other', 'hub']
		]
	);

	it('marks only people with no tie as isolated', () => {
		expect(isolated.compute(graph)).toEqual({
			leaf: false,
			hub: false,
			inward: false,
			bridge: false,
			other: false,
			loner: true
		});
	});

	it('puts people with at most one tie, or no tie outside their team, at the edge', () => {
		// leaf and inward have two ties but both inside team x; hub, bridge and other cross teams.
		expect(atEdge.compute(graph)).toEqual({
			leaf: true,
			hub: false,
			inward: true,
			bridge: false,
			other: false,
			loner: true
		});
		const dyad = smallGraph({ a: 'x', b: 'y' }, [['a', 'b']]);
		expect(atEdge.compute(dyad)).toEqual({ a: true, b: true });
	});
});

describe('team and network figures', () => {
	const graph = smallGraph({ a: 'x', b: 'x', c: 'y', solo: 'z' }, [
		['a', 'b'],
		['b', 'c']
	]);
	const measured = computeMetrics(graph);

	it('counts ties inside and across each team', async () => {
		const { teams } = await measured;
		expect(teams).toEqual([
			{ team: 'x', size: 2, internalTies: 1, externalTies: 1, eiIndex: 0, density: 1 },
			{ team: 'y', size: 1, internalTies: 0, externalTies: 1, eiIndex: 1, density: null },
			{ team: 'z', size: 1, internalTies: 0, externalTies: 0, eiIndex: null, density: null }
		]);
	});

	it('counts an isolate as a component of its own, and reads paths and modularity', async () => {
		const { network } = await measured;
		expect(network).toMatchObject({ people: 4, ties: 2, density: 2 / 6, components: 2 });
		// a-b-c is the largest piece: 3 of 4 people; paths a-b, b-c (1 step) and a-c (2), both ways.
		expect(network.largestComponentShare).toBe(0.75);
		expect(network.averagePathLength).toBeCloseTo(4 / 3, 12);
		expect(network.diameter).toBe(2);
		// One tie inside x, one across: E-I (1 - 1) / 2.
		expect(network.eiIndex).toBe(0);
		// Teams x={a,b}, y={c}, z={solo}; strengths a 1, b 2, c 1; m = 2.
		// Q = sum over teams of (inside weight / m) - (team strength / 2m)^2 = (1/2 - (3/4)^2) + (0 - (1/4)^2) = -1/8.
		expect(network.modularityOfTeams).toBeCloseTo(-1 / 8, 12);
	});

	it('handles an empty network', async () => {
		const empty = await computeMetrics(smallGraph({}, []));
		expect(empty.people).toEqual({});
		expect(empty.teams).toEqual([]);
		expect(empty.communities.communities).toEqual([]);
		expect(empty.network).toMatchObject({
			people: 0,
			ties: 0,
			density: 0,
			components: 0,
			largestComponentShare: 0,
			averagePathLength: null,
			diameter: null,
			modularityOfTeams: null,
			eiIndex: null
		});
	});
});
