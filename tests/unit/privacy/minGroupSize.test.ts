// The minimum group size: small teams' figures withheld in the analysis JSON and the teams table, fields only added.
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import { analysisJson } from '../../../src/lib/export/analysisJson';
import { teamsCsv } from '../../../src/lib/export/tables';
import type { Person, Tie } from '../../../src/lib/graph/types';

/** Team Big: six people in a ring; team Tiny: two people, one tied to Big. */
const people: Person[] = [
	...Array.from({ length: 6 }, (_, i) => ({
		id: `b${i}`,
		name: `B${i}`,
		team: 'Big',
		attributes: {}
	})),
	{ id: 't0', name: 'T0', team: 'Tiny', attributes: {} },
	{ id: 't1', name: 'T1', team: 'Tiny', attributes: {} }
];
const tie = (source: string, target: string): Tie => ({
	source,
	target,
	weight: 1,
	interactions: 1,
	minutes: 0
});
const ties = [
	...Array.from({ length: 6 }, (_, i) => {
		const [a, b] = [`b${i}`, `b${(i + 1) % 6}`].sort();
		return tie(a, b);
	}),
	tie('t0', 't1'),
	tie('b0', 't0')
];

describe('minimum group size', () => {
	it('withholds the figures of teams under it in the JSON, adding fields and renaming none', async () => {
		const analysis = await analyzeNetwork({ people, ties });
		const plain = JSON.parse(analysisJson(analysis, []));
		const json = JSON.parse(analysisJson(analysis, [], { minGroupSize: 5, pseudonymised: false }));
		const big = plain.teams.find((team: { team: string }) => team.team === 'Big');
		expect(big).toMatchObject({ size: 6, internalTies: 6, externalTies: 1 });
		expect(json.teams).toEqual([
			...(plain.teams[0].team === 'Big' ? [big] : []),
			{
				team: 'Tiny',
				size: null,
				internalTies: null,
				externalTies: null,
				eiIndex: null,
				density: null,
				suppressed: true,
				fewerThan: 5
			},
			...(plain.teams[0].team === 'Big' ? [] : [big])
		]);
		for (const pair of json.teamMatrix) {
			if (pair.from === 'Tiny' || pair.to === 'Tiny') {
				expect(pair).toMatchObject({ ties: null, weight: null, share: null, suppressed: true });
			} else expect(pair.suppressed).toBeUndefined();
		}
		expect(json.privacy).toEqual({
			minGroupSize: 5,
			pseudonymised: false,
			suppressedTeams: ['Tiny']
		});
		// Every field of the plain JSON is still there, with the same name.
		for (const key of Object.keys(plain)) expect(json).toHaveProperty(key);
		for (const key of Object.keys(plain.teams[0])) expect(json.teams[1]).toHaveProperty(key);
		// At 2, Tiny (2 people) is shown again.
		const two = JSON.parse(analysisJson(analysis, [], { minGroupSize: 2, pseudonymised: false }));
		expect(two.teams).toEqual(plain.teams);
	});

	it('writes "fewer than 5" in the teams table for a small team', async () => {
		const analysis = await analyzeNetwork({ people, ties });
		const rows = teamsCsv(analysis, 5)
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(rows).toContain('Tiny,fewer than 5,fewer than 5,fewer than 5,fewer than 5,fewer than 5');
		expect(rows.find((row) => row.startsWith('Big,'))).toMatch(/^Big,6,6,1,/);
		expect(teamsCsv(analysis)).toContain('Tiny,2,1,1,');
	});
});
