// Roles given again under the user's rules, from the figures already measured.
import { describe, expect, it } from 'vitest';
import type { Analysis, PersonResult } from '../../../src/lib/analysis/types';
import { DEFAULT_ROLE_RULES } from '../../../src/lib/insight/roles';
import { sameRules, withRoles } from '../../../src/lib/analysis/withRoles';

function person(id: string, figures: Partial<PersonResult>): PersonResult {
	return {
		id,
		name: id,
		team: 'Sales',
		attributes: {},
		degree: 0,
		strength: 0,
		betweenness: 0,
		closeness: 0,
		eigenvector: 0,
		pagerank: 0,
		clustering: 0,
		constraint: null,
		eiIndex: null,
		effectiveSize: null,
		efficiency: null,
		isolated: false,
		atEdge: false,
		tiesInsideTeam: 0,
		otherTeams: 0,
		community: 0,
		role: 'member',
		roleReasons: [],
		...figures
	};
}

// Two colleagues tied only to each other: one tie each, all inside Sales.
const analysis = {
	people: [
		person('ana', { degree: 1, tiesInsideTeam: 1, constraint: 1, role: 'peripheral' }),
		person('ben', { degree: 1, tiesInsideTeam: 1, constraint: 1, role: 'peripheral' })
	],
	ties: [{ source: 'ana', target: 'ben', weight: 1, interactions: 1, minutes: 0 }]
} as unknown as Analysis;

describe('withRoles', () => {
	it('gives people a new role, with its reasons, when the rules change', () => {
		const strict = withRoles(analysis, { ...DEFAULT_ROLE_RULES, peripheralMaxTies: 0 });
		expect(strict.people.map((p) => p.role)).toEqual(['member', 'member']);
		expect(strict.people[0].roleReasons.length).toBeGreaterThan(0);
	});

	it('leaves the analysis it was given as it was', () => {
		withRoles(analysis, { ...DEFAULT_ROLE_RULES, peripheralMaxTies: 0 });
		expect(analysis.people.map((p) => p.role)).toEqual(['peripheral', 'peripheral']);
	});
});

describe('sameRules', () => {
	it('compares every rule', () => {
		expect(sameRules(DEFAULT_ROLE_RULES, { ...DEFAULT_ROLE_RULES })).toBe(true);
		expect(sameRules(DEFAULT_ROLE_RULES, { ...DEFAULT_ROLE_RULES, connectorMinTies: 9 })).toBe(
			false
		);
	});
});
