// Pseudonyms at the data boundary: names, keys and emails replaced stably, teams and ties kept, nothing real left over.
import { describe, expect, it } from 'vitest';
import type { Person, Tie } from '../../../src/lib/graph/types';
import { Pseudonyms, pseudonymiseNetwork } from '../../../src/lib/privacy/pseudonymise';

const people: Person[] = [
	{ id: 'ann@corp.com', name: 'Ann Lee', team: 'Sales', attributes: { manager: 'bo@corp.com' } },
	{ id: 'bo@corp.com', name: 'Bo Chen', team: 'Sales', attributes: { site: 'Leeds' } },
	{ id: 'cy@corp.com', name: 'Cy Park', team: 'Ops', attributes: { mentor: 'Ann Lee' } },
	{ id: 'dee@other.org', name: 'dee@other.org', team: 'External', attributes: {} }
];
const ties: Tie[] = [
	{ source: 'ann@corp.com', target: 'bo@corp.com', weight: 2, interactions: 2, minutes: 60 },
	{ source: 'bo@corp.com', target: 'cy@corp.com', weight: 1, interactions: 1, minutes: 30 },
	{ source: 'cy@corp.com', target: 'dee@other.org', weight: 0.5, interactions: 1, minutes: 30 }
];

describe('pseudonymiseNetwork', () => {
	it('gives everyone a distinct "Person NNN" and key, keeps teams, and leaves no name or email', () => {
		const { network } = pseudonymiseNetwork({ people, ties }, new Pseudonyms('salt'));
		expect(network.people.map((p) => p.team)).toEqual(['Sales', 'Sales', 'Ops', 'External']);
		expect(new Set(network.people.map((p) => p.name)).size).toBe(4);
		for (const person of network.people) {
			expect(person.name).toMatch(/^Person \d{3}$/);
			expect(person.id).toBe(`person-${person.name.slice(7)}`);
		}
		const text = JSON.stringify(network);
		for (const real of ['Ann', 'Bo Chen', 'Cy Park', 'corp.com', 'other.org', '@']) {
			expect(text).not.toContain(real);
		}
		// Other roster columns stay, unless they name a person or hold an email.
		expect(network.people[1].attributes).toEqual({ site: 'Leeds' });
		expect(network.people[0].attributes.manager).toBe(network.people[1].name);
		expect(network.people[2].attributes.mentor).toBe(network.people[0].name);
	});

	it('keeps every tie between the same two people, source before target', () => {
		const { network } = pseudonymiseNetwork({ people, ties }, new Pseudonyms('salt'));
		const keyOf = new Map(people.map((p, i) => [p.id, network.people[i].id]));
		expect(network.ties).toHaveLength(3);
		for (const [i, tie] of network.ties.entries()) {
			const pair = [keyOf.get(ties[i].source), keyOf.get(ties[i].target)].sort();
			expect([tie.source, tie.target]).toEqual(pair);
			expect(tie.source < tie.target).toBe(true);
			expect(tie).toMatchObject({ weight: ties[i].weight, minutes: ties[i].minutes });
		}
	});

	it('is stable: a person keeps their pseudonym when the network is derived again with others', () => {
		const pseudonyms = new Pseudonyms('salt');
		const first = pseudonymiseNetwork({ people: people.slice(0, 3), ties: [] }, pseudonyms);
		const again = pseudonymiseNetwork({ people, ties: [] }, pseudonyms);
		expect(again.network.people.slice(0, 3)).toEqual(first.network.people);
		expect(again.network.people[3].name).toBe('Person 004');
		expect(pseudonyms.size).toBe(4);
	});

	it('numbers people in an order that is neither the roster nor the alphabet, and differs by workspace', () => {
		const many: Person[] = Array.from({ length: 50 }, (_, i) => ({
			id: `p${String(i).padStart(2, '0')}@corp.com`,
			name: `Name ${i}`,
			team: 'T',
			attributes: {}
		}));
		const one = pseudonymiseNetwork({ people: many, ties: [] }, new Pseudonyms('a')).network;
		const two = pseudonymiseNetwork({ people: many, ties: [] }, new Pseudonyms('b')).network;
		const inOrder = many.map((_, i) => `Person ${String(i + 1).padStart(3, '0')}`);
		expect(one.people.map((p) => p.name)).not.toEqual(inOrder);
		expect(one.people.map((p) => p.name)).not.toEqual(two.people.map((p) => p.name));
		expect(new Set(one.people.map((p) => p.name)).size).toBe(50);
	});

	it('redacts names and emails in practice communities and free text', () => {
		const hidden = pseudonymiseNetwork({ people, ties }, new Pseudonyms('salt'), [
			{
				title: 'Ann Lee / Bo Chen weekly (ask zed@else.net)',
				cadence: 'weekly',
				occurrences: 4,
				members: ['ann@corp.com', 'bo@corp.com'],
				teams: { Sales: 2 },
				organizer: 'cy@corp.com',
				attendance: []
			}
		]);
		const [ann, bo, cy] = hidden.network.people;
		expect(hidden.practiceCommunities[0]).toMatchObject({
			title: `${ann.name} / ${bo.name} weekly (ask hidden)`,
			members: [ann.id, bo.id],
			organizer: cy.id,
			teams: { Sales: 2 }
		});
		expect(hidden.redact('ann@corp.com.ics')).toBe(`${ann.name}.ics`);
	});

	it('redacts a first or last name standing alone, hiding one that several people share', () => {
		const roster: Person[] = [
			{ id: 'p1', name: 'Ann Lee', team: 'Sales', attributes: {} },
			{ id: 'p2', name: 'Zoë Brandt', team: 'Ops', attributes: {} },
			{ id: 'p3', name: 'Zoë Lund', team: 'Ops', attributes: {} },
			{ id: 'p4', name: 'Bo Chen', team: 'Ops', attributes: {} }
		];
		const { redact, network } = pseudonymiseNetwork(
			{ people: roster, ties: [] },
			new Pseudonyms('salt')
		);
		const [ann, zoeBrandt, , bo] = network.people;
		expect(redact("Ann's check-in with BRANDT.ics")).toBe(
			`${ann.name}'s check-in with ${zoeBrandt.name}.ics`
		);
		// Two Zoës: the name is hidden, not given to either. Words that only hold a name stay ("Leeds").
		expect(redact('Zoë / Lee sync in Leeds')).toBe(`hidden / ${ann.name} sync in Leeds`);
		// Shorter than three letters, a name part is left, as a key or a name that short is.
		expect(redact('Bo Chen and Bo')).toBe(`${bo.name} and Bo`);
	});
});
