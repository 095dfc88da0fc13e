// The change planted in the demo quarter is what the comparison finds: before week 7 against week 7 onwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import type { Analysis } from '../../../src/lib/analysis/types';
import { comparePeriods } from '../../../src/lib/change/comparePeriods';
import { newcomerIntegration } from '../../../src/lib/change/newcomers';
import { parsePeriod, periodSettings, type Period } from '../../../src/lib/change/periods';
import type { Comparison } from '../../../src/lib/change/types';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { generateDemoOrganisation } from '../../../src/lib/demo';
import { demoDashboardFiles } from '../../../src/lib/demo/files';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';

const demo = generateDemoOrganisation();
const change = demo.planted.change;
const teamOf = new Map(demo.people.map((person) => [person.id, person.team]));
// Six weeks before the circle starts on Monday 2026-02-16, six weeks from then.
const a = parsePeriod('2026-01-05..2026-02-15') as Period;
const b = parsePeriod('2026-02-16..2026-03-29') as Period;
let db: Database;
let comparison: Comparison;
let after: Analysis;

beforeAll(async () => {
	db = await openNodeDatabase();
	await importFiles(db, demoDashboardFiles());
	const analyse = async (period: Period) =>
		analyzeNetwork(await loadNetwork(db, periodSettings(DEFAULT_SETTINGS, period)));
	after = await analyse(b);
	comparison = comparePeriods({ a, b }, { a: await analyse(a), b: after });
}, 60_000);
afterAll(async () => db.close());

describe('the demo quarter compared before and after week 7', () => {
	it('plants the circle, a drifter and newcomers from known people', () => {
		expect(change?.startDate).toBe('2026-02-16');
		expect(change?.practiceTeams).toEqual(['Mobile', 'Design']);
		expect(change?.practiceMembers.map((id) => teamOf.get(id))).toEqual([
			...Array(4).fill('Mobile'),
			...Array(4).fill('Design')
		]);
		expect(change?.newcomers).toHaveLength(3);
	});

	it('finds the circle: every pair across its two teams is tied after, and those teams gain most outside ties', () => {
		const members = change?.practiceMembers ?? [];
		const key = (tie: { source: string; target: string }) =>
			[tie.source, tie.target].sort().join(' ');
		const tiedInB = new Set(after.ties.map(key));
		const gained = new Set(comparison.ties.gained.map(key));
		const crossPairs = members.flatMap((p) =>
			members.filter((q) => p < q && teamOf.get(p) !== teamOf.get(q)).map((q) => `${p} ${q}`)
		);
		// Four people from each team: 4 x 4 pairs across, all tied once the circle meets.
		expect(crossPairs).toHaveLength(16);
		for (const pair of crossPairs) expect(tiedInB).toContain(pair);
		// Half or more of them had never met before: they show as gained ties.
		expect(crossPairs.filter((pair) => gained.has(pair)).length).toBeGreaterThanOrEqual(8);
		const gains = comparison.teams
			.filter((team) => team.change.externalTies !== null)
			.sort((x, y) => (y.change.externalTies ?? 0) - (x.change.externalTies ?? 0));
		expect(
			gains
				.slice(0, 2)
				.map((team) => team.team)
				.sort()
		).toEqual(['Design', 'Mobile']);
		// And the two teams opened up most: the largest rises of the E-I index.
		const opening = [...comparison.teams].sort(
			(x, y) => (y.change.eiIndex ?? -1) - (x.change.eiIndex ?? -1)
		);
		expect(
			opening
				.slice(0, 2)
				.map((team) => team.team)
				.sort()
		).toEqual(['Design', 'Mobile']);
	});

	it('lists the drifter first among the drifting, down to the one tie with their manager', () => {
		const drifter = comparison.drifting.find((person) => person.id === change?.drifting);
		expect(drifter?.reasons).toContain('ties-halved');
		expect(drifter?.b.degree).toBe(1);
		expect(comparison.drifting[0].id).toBe(change?.drifting);
	});

	it('has the newcomers who start in week 7 without a tie before it', () => {
		const newcomer = demo.people.find((person) => person.startDate === '2026-02-16');
		expect(change?.newcomers).toContain(newcomer?.id);
		const figures = comparison.people.find((person) => person.id === newcomer?.id);
		expect(figures?.a.degree).toBe(0);
		expect(figures?.b.degree).toBeGreaterThan(2);
	});
});

describe('the demo newcomers', () => {
	it('are the three planted people, by their roster start dates, with ties counted from then', async () => {
		const report = await newcomerIntegration(db, DEFAULT_SETTINGS);
		expect(report.newcomers.map((n) => n.id)).toEqual(change?.newcomers);
		expect(report.newcomers.map((n) => n.startDate)).toEqual([
			'2026-01-19',
			'2026-02-02',
			'2026-02-16'
		]);
		// The quarter ends in the week of 2026-03-30: twelve weeks are reached by nobody who started after 01-12.
		for (const newcomer of report.newcomers) {
			expect(newcomer.milestones[0].ties).toBeGreaterThan(0);
			expect(newcomer.milestones[2].ties).toBeNull();
		}
		expect(report.medians.map((m) => m.weeks)).toEqual([4, 8, 12]);
		expect(report.medians[2].ties).toBeGreaterThan(report.medians[0].ties ?? Infinity);
	});
});
