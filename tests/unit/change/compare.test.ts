// Comparing two periods of a hand-made calendar whose change is known: team X loses x3 and gains ties to team Y.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import { comparePeriods } from '../../../src/lib/change/comparePeriods';
import { parsePeriod, periodSettings, type Period } from '../../../src/lib/change/periods';
import type { Comparison } from '../../../src/lib/change/types';
import { withheldComparison, withheldTeams } from '../../../src/lib/privacy/minGroupSize';
import { weeklyActivity, weeklyPartners } from '../../../src/lib/change/weeklyActivity';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';

const FIXTURE = 'tests/fixtures/change';
const file = (name: string) => ({
	name,
	bytes: new Uint8Array(readFileSync(`${FIXTURE}/${name}`))
});
const id = (short: string) => `${short}@t.example`;
const pair = (p: string, q: string) => [id(p), id(q)].sort().join(' ');

let db: Database;
let comparison: Comparison;
const a = parsePeriod('2026-01-05..2026-01-18') as Period;
const b = parsePeriod('2026-01-19..2026-02-01') as Period;

beforeAll(async () => {
	db = await openNodeDatabase();
	await importFiles(db, [file('roster.csv'), file('meetings.csv')]);
	const analyse = async (period: Period) =>
		analyzeNetwork(await loadNetwork(db, periodSettings(DEFAULT_SETTINGS, period)));
	comparison = comparePeriods({ a, b }, { a: await analyse(a), b: await analyse(b) });
}, 60_000);
afterAll(async () => db.close());

describe('comparing two periods', () => {
	it('lists the ties gained and lost, heaviest first, and counts those kept', () => {
		const names = (ties: { source: string; target: string }[]) =>
			ties.map((tie) => [tie.source, tie.target].sort().join(' ')).sort();
		// B's four-person meeting joins x1-y2, x2-y1 and x2-y2; x3 meets nobody in B.
		expect(names(comparison.ties.gained)).toEqual(
			[pair('x1', 'y2'), pair('x2', 'y1'), pair('x2', 'y2')].sort()
		);
		expect(comparison.ties.gained.every((tie) => tie.crossTeam)).toBe(true);
		// An hour among four people: 1/3 of an hour per pair.
		expect(comparison.ties.gained[0].weight).toBeCloseTo(1 / 3, 9);
		expect(names(comparison.ties.lost)).toEqual(
			[pair('x1', 'x3'), pair('x2', 'x3'), pair('x3', 'y3')].sort()
		);
		// x3-y3 met alone for an hour (weight 1), before the two half-hour shares of the three-person meeting.
		expect(comparison.ties.lost[0]).toMatchObject({ weight: 1, crossTeam: true });
		expect(comparison.ties.kept).toBe(5);
	});

	it('gives each team its ties, E-I index and density in both periods with the change', () => {
		const x = comparison.teams.find((team) => team.team === 'X');
		// A: inside x1-x2, x1-x3, x2-x3; outside x1-y1, x3-y3. B: inside x1-x2; outside x1-y1, x1-y2, x2-y1, x2-y2.
		expect(x?.a).toMatchObject({ size: 3, internalTies: 3, externalTies: 2, density: 1 });
		expect(x?.a?.eiIndex).toBeCloseTo(-0.2, 9);
		expect(x?.b).toMatchObject({ internalTies: 1, externalTies: 4 });
		expect(x?.b?.eiIndex).toBeCloseTo(0.6, 9);
		expect(x?.change.internalTies).toBe(-2);
		expect(x?.change.externalTies).toBe(2);
		expect(x?.change.eiIndex).toBeCloseTo(0.8, 9);
		expect(x?.change.density).toBeCloseTo(-2 / 3, 9);
		const y = comparison.teams.find((team) => team.team === 'Y');
		expect(y?.b?.eiIndex).toBeCloseTo((4 - 3) / 7, 9);
		expect(y?.change.density).toBe(0);
	});

	it('ranks people by the size of their change, leaving out those who did not change', () => {
		// Degrees A -> B: x1 3->3, x2 2->3, x3 3->0, y1 3->4, y2 2->4, y3 3->2.
		expect(comparison.largestChanges.degree.map((person) => person.id)).toEqual(
			['x3', 'y2', 'x2', 'y1', 'y3'].map(id)
		);
		expect(comparison.largestChanges.degree[0].change.degree).toBe(-3);
		// Cross-team ties A -> B: x1 1->2, x2 0->2, x3 1->0, y1 1->2, y2 0->2, y3 1->0.
		const cross = comparison.largestChanges.crossTeamTies;
		expect(cross.slice(0, 2).map((person) => person.id)).toEqual([id('x2'), id('y2')]);
		// Equal sizes either way of change in id order.
		expect(cross.map((person) => person.id)).toEqual(['x2', 'y2', 'x1', 'x3', 'y1', 'y3'].map(id));
		expect(cross.map((person) => person.change.crossTeamTies)).toEqual([2, 2, 1, -1, 1, -1]);
	});

	it('finds who drifted: x3 lost every tie, y3 lost the only tie outside the team', () => {
		expect(comparison.drifting.map(({ id, reasons }) => ({ id, reasons }))).toEqual([
			{ id: id('x3'), reasons: ['ties-halved', 'moved-to-edge'] },
			{ id: id('y3'), reasons: ['moved-to-edge'] }
		]);
		expect(comparison.drifting[0].a).toMatchObject({ degree: 3, crossTeamTies: 1, atEdge: false });
		expect(comparison.drifting[0].b).toMatchObject({ degree: 0, crossTeamTies: 0, atEdge: true });
	});
});

describe('comparing two periods under a minimum group size', () => {
	const hidden = (fewerThan: number) => ({
		size: null,
		internalTies: null,
		externalTies: null,
		eiIndex: null,
		density: null,
		suppressed: true,
		fewerThan
	});

	it("withholds each team's figures and change when it has fewer people, and nothing of people or ties", () => {
		// X and Y have three people in both periods: shown at 3, withheld at 4.
		expect(withheldComparison(comparison, 3)).toEqual(comparison);
		const withheld = withheldComparison(comparison, 4);
		expect(withheld.teams.find((team) => team.team === 'X')).toEqual({
			team: 'X',
			a: hidden(4),
			b: hidden(4),
			change: { internalTies: null, externalTies: null, eiIndex: null, density: null },
			suppressed: true,
			fewerThan: 4
		});
		expect(withheldTeams(withheld)).toEqual(['X', 'Y']);
		expect(withheld.ties).toEqual(comparison.ties);
		expect(withheld.people).toEqual(comparison.people);
		expect(withheld.drifting).toEqual(comparison.drifting);
		expect(withheld.communities.map((c) => c.size)).toEqual(
			comparison.communities.map((c) => c.size)
		);
		for (const community of withheld.communities) {
			expect(Object.values(community.teams).every((count) => count === null)).toBe(true);
		}
	});

	it('withholds a team only in the period it was small, and its change, keeping the other period', () => {
		const figures = (size: number, internalTies: number) => ({
			size,
			internalTies,
			externalTies: 2,
			eiIndex: (2 - internalTies) / (2 + internalTies),
			density: internalTies / ((size * (size - 1)) / 2)
		});
		const grew: Comparison = {
			...comparison,
			teams: [
				{
					team: 'Grew',
					a: figures(4, 3),
					b: figures(6, 8),
					change: { internalTies: 5, externalTies: 0, eiIndex: -0.4, density: 0.03 }
				}
			],
			communities: [{ kind: 'formed', a: [], b: [0], teams: { Grew: 4, Other: 6 }, size: 10 }]
		};
		const withheld = withheldComparison(grew, 5);
		expect(withheld.teams).toEqual([
			{
				team: 'Grew',
				a: hidden(5),
				b: figures(6, 8),
				change: { internalTies: null, externalTies: null, eiIndex: null, density: null },
				suppressed: true,
				fewerThan: 5
			}
		]);
		// Small in either period: its count in a community is withheld too.
		expect(withheld.communities[0].teams).toEqual({ Grew: null, Other: 6 });
	});
});

describe('weekly activity', () => {
	it('counts meetings per week, empty weeks included, and the share of pairs across teams', async () => {
		const weeks = await weeklyActivity(db, DEFAULT_SETTINGS);
		expect(weeks.map((week) => new Date(week.week).toISOString().slice(0, 10))).toEqual([
			'2026-01-05',
			'2026-01-12',
			'2026-01-19'
		]);
		expect(weeks.map((week) => week.meetings)).toEqual([4, 0, 3]);
		// Week 1: 3 + 3 pairs inside teams, x1-y1 and x3-y3 across: 2 of 8. Week 3: 1 + 3 + 6 pairs, 4 across.
		expect(weeks.map((week) => week.crossTeamShare)).toEqual([2 / 8, null, 4 / 10]);
	});

	it('counts the different people each person met, week by week', async () => {
		const weeks = (await weeklyActivity(db, DEFAULT_SETTINGS)).map((week) => week.week);
		const partners = await weeklyPartners(db, DEFAULT_SETTINGS, weeks, [id('x3'), id('y2')]);
		expect(partners.get(id('x3'))).toEqual([3, 0, 0]);
		expect(partners.get(id('y2'))).toEqual([2, 0, 4]);
		expect([...partners.keys()]).toHaveLength(2);
	});

	it('leaves meetings above the size cap out of the timeline as out of the network', async () => {
		const weeks = await weeklyActivity(db, { ...DEFAULT_SETTINGS, maxAttendees: 3 });
		expect(weeks.map((week) => week.meetings)).toEqual([4, 0, 2]);
		expect(weeks[2].crossTeamShare).toBe(0);
	});
});
