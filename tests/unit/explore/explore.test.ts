// Search, ego networks, filters and colouring of the network view, on small cases worked out by hand.
import { describe, expect, it } from 'vitest';
import type { PersonResult } from '../../../src/lib/analysis/types';
import { colouring } from '../../../src/lib/explore/colouring';
import { egoNetwork } from '../../../src/lib/explore/ego';
import { FADED, HIDDEN, NO_FILTER, toggled, visibilityOf } from '../../../src/lib/explore/filters';
import { searchPeople } from '../../../src/lib/explore/search';
import { teamNetwork } from '../../../src/lib/explore/teamNetwork';
import type { Tie } from '../../../src/lib/graph/types';

const person = (id: string, name: string, team: string, extra: Partial<PersonResult> = {}) =>
	({
		id,
		name,
		team,
		attributes: {},
		role: 'member',
		community: 0,
		degree: 1,
		...extra
	}) as PersonResult;

describe('searchPeople', () => {
	const people = [
		person('ana@x.org', 'Ana Lopez', 'Sales'),
		person('jose@x.org', 'José Alvarez', 'Ops'),
		person('b2', 'Bo Analyst', 'Ops', { attributes: { Email: 'bo@x.org' } }),
		person('dana@x.org', 'Dana Kim', 'Ops')
	];

	it('ranks name starts, then word starts, then email starts, then anywhere', () => {
		expect(searchPeople(people, 'ana').map((p) => p.name)).toEqual([
			'Ana Lopez',
			'Bo Analyst',
			'Dana Kim'
		]);
	});

	it('ignores case and accents, and finds by email, from the key or an Email column', () => {
		expect(searchPeople(people, 'JOSE').map((p) => p.id)).toEqual(['jose@x.org']);
		expect(searchPeople(people, 'bo@').map((p) => p.id)).toEqual(['b2']);
		expect(searchPeople(people, '  ')).toEqual([]);
	});

	it('finds a name written "Last, First" by "First Last" as well', () => {
		const roster = [person('c', 'Diaz, Cara', 'Ops'), person('d', 'Carter, Dan', 'Ops')];
		expect(searchPeople(roster, 'cara diaz').map((p) => p.id)).toEqual(['c']);
		expect(searchPeople(roster, 'Diaz, C').map((p) => p.id)).toEqual(['c']);
		// Both start with "car" (Cara's read as "Cara Diaz"), so both rank first, in name order.
		expect(searchPeople(roster, 'car').map((p) => p.name)).toEqual(['Carter, Dan', 'Diaz, Cara']);
		expect(searchPeople(roster, 'dan').map((p) => p.name)).toEqual(['Carter, Dan']);
	});
});

describe('egoNetwork', () => {
	// a - b - c - d, and e alone.
	const ties = [
		['a', 'b'],
		['b', 'c'],
		['c', 'd']
	].map(([source, target]) => ({ source, target, weight: 1, interactions: 1, minutes: 0 }) as Tie);

	it('reaches one or two steps along ties', () => {
		expect([...egoNetwork(ties, 'b', 1)].sort()).toEqual(['a', 'b', 'c']);
		expect([...egoNetwork(ties, 'a', 2)].sort()).toEqual(['a', 'b', 'c']);
		expect([...egoNetwork(ties, 'e', 2)]).toEqual(['e']);
	});
});

describe('visibilityOf', () => {
	const people = [
		person('a', 'A', 'Sales', { role: 'broker', community: 0 }),
		person('b', 'B', 'Ops', { role: 'member', community: 1 }),
		person('c', 'C', 'External', { role: 'peripheral', community: 1 })
	];

	it('shows everyone with no filter', () => {
		expect(visibilityOf(people, NO_FILTER, null)).toBeNull();
	});

	it('fades or hides people by team, role, community, the externals switch and the ego network', () => {
		expect([
			...(visibilityOf(people, { ...NO_FILTER, hiddenTeams: new Set(['Ops']) }, null) ?? [])
		]).toEqual([0, FADED, 0]);
		expect([
			...(visibilityOf(
				people,
				{ ...NO_FILTER, hiddenRoles: new Set(['broker' as const]), leftOut: 'hide' },
				null
			) ?? [])
		]).toEqual([HIDDEN, 0, 0]);
		expect([
			...(visibilityOf(people, { ...NO_FILTER, hiddenCommunities: new Set([1]) }, null) ?? [])
		]).toEqual([0, FADED, FADED]);
		expect([...(visibilityOf(people, { ...NO_FILTER, externals: false }, null) ?? [])]).toEqual([
			0,
			0,
			FADED
		]);
		expect([...(visibilityOf(people, NO_FILTER, new Set(['a', 'c'])) ?? [])]).toEqual([
			0,
			FADED,
			0
		]);
	});

	it('toggles a legend entry in and out of the left-out set', () => {
		const once = toggled(new Set<string>(), 'Ops');
		expect([...once]).toEqual(['Ops']);
		expect([...toggled(once, 'Ops')]).toEqual([]);
	});
});

describe('colouring', () => {
	const people = [
		person('a', 'A', 'Sales', { role: 'broker', community: 1, betweenness: 0.5 }),
		person('b', 'B', 'Ops', { role: 'member', community: 0, betweenness: 0 }),
		person('c', 'C', 'Ops', { role: 'member', community: 0, betweenness: 0.25 })
	];
	const teamColour = {
		colourOf: (team: string) => (team === 'Ops' ? '#111111' : '#222222'),
		distinct: ['Ops', 'Sales'],
		others: []
	};

	it('colours by team with one legend entry per team and its head count', () => {
		const { colourOf, entries } = colouring(people, 'team', teamColour);
		expect(colourOf(people[0])).toBe('#222222');
		expect(entries?.map((e) => [e.label, e.count])).toEqual([
			['Ops', 2],
			['Sales', 1]
		]);
	});

	it('colours by role in the rules’ order and by community largest first', () => {
		expect(colouring(people, 'role', teamColour).entries?.map((e) => e.label)).toEqual([
			'Broker',
			'Team member'
		]);
		expect(
			colouring(people, 'community', teamColour).entries?.map((e) => [e.label, e.count])
		).toEqual([
			['Community 1', 2],
			['Community 2', 1]
		]);
	});

	it('colours a measure on viridis from its lowest to its highest value', () => {
		const { colourOf, scale, entries } = colouring(people, 'betweenness', teamColour);
		expect(entries).toBeNull();
		expect([scale?.min, scale?.max]).toEqual([0, 0.5]);
		// viridis runs from dark purple (#440154) to yellow (#fde725).
		expect(colourOf(people[1])).toBe('#440154');
		expect(colourOf(people[0])).toBe('#fde725');
	});
});

describe('teamNetwork', () => {
	const team = (name: string, size: number) => ({
		team: name,
		size,
		internalTies: 0,
		externalTies: 0,
		eiIndex: null,
		density: null
	});
	const cell = (from: string, to: string, ties: number, weight: number) => ({
		from,
		to,
		ties,
		interactions: ties,
		weight,
		share: 0
	});
	// A and B work together a lot, A and C a little, B and C not at all.
	const { nodes, links } = teamNetwork(
		[team('A', 40), team('B', 10), team('C', 10)],
		[
			cell('A', 'A', 5, 5),
			cell('A', 'B', 20, 30),
			cell('B', 'A', 20, 30),
			cell('A', 'C', 1, 0.5),
			cell('C', 'A', 1, 0.5),
			cell('B', 'C', 0, 0),
			cell('C', 'B', 0, 0)
		]
	);

	it('has one node per team, larger for more people, and one link per tied pair', () => {
		expect(nodes.map((n) => n.team)).toEqual(['A', 'B', 'C']);
		expect(nodes[0].radius).toBeGreaterThan(nodes[1].radius);
		expect(links).toEqual([
			{ a: 'A', b: 'B', ties: 20, weight: 30 },
			{ a: 'A', b: 'C', ties: 1, weight: 0.5 }
		]);
	});

	it('puts the teams that work together most closest', () => {
		const distance = (a: number, b: number) =>
			Math.hypot(nodes[a].x - nodes[b].x, nodes[a].y - nodes[b].y);
		expect(distance(0, 1)).toBeLessThan(distance(0, 2));
		expect(distance(0, 1)).toBeLessThan(distance(1, 2));
	});
});
