// The demo organisation's planted structure is found by Weft's own measures, from its calendar as a user would load it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import type { Analysis } from '../../../src/lib/analysis/types';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { generateDemoOrganisation } from '../../../src/lib/demo';
import { demoCalendarFiles, demoFiles } from '../../../src/lib/demo/files';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { formalTeams, loadPracticeCommunities } from '../../../src/lib/insight/practiceCommunities';

const { planted } = generateDemoOrganisation();
let db: Database;
let analysis: Analysis;

beforeAll(async () => {
	db = await openNodeDatabase();
	await importFiles(db, [demoFiles()[0], demoCalendarFiles()[0]]);
	const network = await loadNetwork(db);
	const practiceCommunities = await loadPracticeCommunities(
		db,
		DEFAULT_SETTINGS,
		formalTeams(network.people)
	);
	analysis = await analyzeNetwork(network, { practiceCommunities });
});
afterAll(() => db.close());

const person = (id: string) => analysis.people.find((p) => p.id === id);

describe('the demo organisation, measured', () => {
	it('finds its isolated person isolated and its one-tie people peripheral', () => {
		for (const id of planted.withoutTies) expect(person(id)?.role).toBe('isolated');
		for (const id of planted.withOneTie) {
			expect(person(id)).toMatchObject({ degree: 1, role: 'peripheral' });
		}
	});

	it('names its planted brokers as brokers, the fragile bridges of their team', () => {
		for (const id of planted.brokers) {
			expect(person(id)?.role).toBe('broker');
			expect(person(id)?.roleReasons.join(' ')).toMatch(/Betweenness .* top 10%/);
		}
		const brokeredPairs = analysis.fragileBridges.filter((b) =>
			b.teams.includes(planted.brokeredTeam)
		);
		expect(brokeredPairs.length).toBeGreaterThanOrEqual(3);
		expect(
			brokeredPairs.filter((b) => planted.brokers.includes(b.person)).length
		).toBeGreaterThanOrEqual(3);
	});

	it('shows its siloed team as the most inward: lowest E-I index, largest share of its weight kept inside', () => {
		const byEi = [...analysis.teams].sort((a, b) => (a.eiIndex ?? 0) - (b.eiIndex ?? 0));
		expect(byEi[0].team).toBe(planted.siloedTeam);
		const diagonal = analysis.teamMatrix
			.filter((cell) => cell.from === cell.to)
			.sort((a, b) => b.share - a.share);
		expect(diagonal[0].from).toBe(planted.siloedTeam);
		expect(diagonal[0].share).toBeGreaterThan(0.9);
		// Teams explain the network's structure well: ties mostly stay inside them.
		expect(analysis.network.modularityOfTeams).toBeGreaterThan(0.5);
		expect(analysis.network.teamCommunityNMI).toBeGreaterThan(0.7);
	});

	it('finds its community of practice: a weekly series whose regulars span many teams, brokers included', () => {
		const guild = analysis.practiceCommunities.find((c) => c.title === planted.communityOfPractice);
		expect(guild).toBeDefined();
		expect(guild?.cadence).toBe('weekly');
		expect(Object.keys(guild?.teams ?? {}).length).toBeGreaterThanOrEqual(3);
		for (const id of planted.brokers) expect(guild?.members).toContain(id);
	});
});
