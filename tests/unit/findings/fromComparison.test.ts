// A comparison of two periods becomes the report's "What changed": ties before and after, teams that turned, drift.
import { describe, expect, it } from 'vitest';
import type { Comparison, TeamFigures } from '../../../src/lib/change/types';
import { parsePeriod } from '../../../src/lib/change/periods';
import { buildFindings } from '../../../src/lib/findings/buildFindings';
import { changeInput } from '../../../src/lib/findings/fromComparison';
import type { Analysis } from '../../../src/lib/analysis/types';
import { withheldComparison } from '../../../src/lib/privacy/minGroupSize';

const team = (internalTies: number, externalTies: number): TeamFigures => ({
	size: 4,
	internalTies,
	externalTies,
	eiIndex: (externalTies - internalTies) / (externalTies + internalTies),
	density: null
});
const tie = (source: string, target: string, crossTeam: boolean) => ({
	source,
	target,
	weight: 1,
	crossTeam
});
const still = { degree: 4, betweenness: 0, crossTeamTies: 1, atEdge: false };

const comparison = {
	periods: {
		a: parsePeriod('2026-01-05..2026-02-01'),
		b: parsePeriod('2026-02-02..2026-03-01')
	},
	teams: [
		{ team: 'Ops', a: team(6, 2), b: team(6, 6), change: { eiIndex: 0.5 } },
		{ team: 'Sales', a: team(4, 4), b: team(8, 0), change: { eiIndex: -1 } },
		{ team: 'Gone', a: team(1, 1), b: null, change: { eiIndex: null } }
	],
	ties: {
		gained: [tie('a', 'b', true), tie('c', 'd', false), tie('e', 'f', true)],
		lost: [tie('g', 'h', true)],
		kept: 10
	},
	people: [],
	largestChanges: { degree: [], betweenness: [], crossTeamTies: [] },
	drifting: [
		{
			id: 'x',
			name: '<b>Ann</b>',
			team: 'Sales',
			a: still,
			b: { ...still, degree: 1, atEdge: true },
			reasons: ['moved-to-edge']
		}
	],
	communities: [{ kind: 'formed', a: [], b: [3], teams: { Ops: 2, Sales: 2 }, size: 4 }]
} as unknown as Comparison;

describe('changeInput', () => {
	it('counts ties in each period and orders teams by how far their E-I index moved', () => {
		const input = changeInput(comparison);
		expect(input.periods).toEqual(['2026-01-05 – 2026-02-01', '2026-02-02 – 2026-03-01']);
		expect(input.figures).toEqual([
			{ label: 'Ties', before: 11, after: 13 },
			{ label: 'E-I index of Sales', before: 0, after: -1 },
			{ label: 'E-I index of Ops', before: -0.5, after: 0 }
		]);
		expect(input.notes?.[0]).toBe(
			'3 ties formed and 1 tie ended, 10 ties held; 2 of the new ties and 1 of the ended ones join different teams.'
		);
		expect(input.notes?.[1]).toContain('<b>Ann</b> (Sales)');
		expect(input.notes?.[2]).toBe('Communities: 1 community formed.');
	});

	it('names no team withheld for its size, as the Change view passes it (teams of 4 under a minimum of 5)', () => {
		const input = changeInput(withheldComparison(comparison, 5));
		expect(input.figures).toEqual([{ label: 'Ties', before: 11, after: 13 }]);
		expect(changeInput(withheldComparison(comparison, 4)).figures).toHaveLength(3);
	});

	it('becomes the report’s last section, pointing to the Change view', () => {
		const empty = {
			people: [],
			ties: [],
			teams: [],
			teamMatrix: [],
			fragileBridges: [],
			communities: [],
			practiceCommunities: [],
			network: {
				people: 0,
				ties: 0,
				modularityOfTeams: null,
				teamCommunityNMI: null,
				components: 0,
				largestComponentShare: 0,
				averagePathLength: null,
				paths: { exact: true, sources: 0, averagePathLengthError: 0, betweennessRelativeError: 0 }
			}
		} as unknown as Analysis;
		const report = buildFindings(empty, { change: changeInput(comparison) });
		const last = report.sections[report.sections.length - 1];
		expect(last.id).toBe('change');
		expect(last.findings[0].view).toBe('change');
		expect(last.findings[0].figures[0]).toEqual({ label: 'Ties', value: '11 → 13' });
	});
});
