// `weft analyze` as users run it: through npm, on fixture files, checked against networkx's reference values.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { weft } from './runWeft';
import { generateDemoOrganisation } from '../../../src/lib/demo';
import { DEMO_INTERACTIONS_FILE, DEMO_ROSTER_FILE } from '../../../src/lib/demo/files';

const REFERENCE = 'tests/fixtures/reference';

interface Expected {
	people: Record<string, Record<string, number | null>>;
	teams: Record<string, Record<string, number | null>>;
	network: Record<string, number | null>;
}

describe('weft analyze', () => {
	it('writes the analysis JSON of the four-teams reference network, equal to networkx', async () => {
		const { code, stdout } = await weft(
			'analyze',
			'--roster',
			`${REFERENCE}/four-teams-roster.csv`,
			`${REFERENCE}/four-teams.csv`
		);
		expect(code).toBe(0);
		const analysis = JSON.parse(stdout);
		const expected: Expected = JSON.parse(
			readFileSync(`${REFERENCE}/four-teams-expected.json`, 'utf8')
		);

		for (const [figure, value] of Object.entries(expected.network)) {
			if (value === null) expect(analysis.network[figure], figure).toBeNull();
			else expect(analysis.network[figure], figure).toBeCloseTo(value, 6);
		}
		// The issue's JSON contract: these names are what users' scripts read.
		expect(Object.keys(analysis.network)).toEqual(
			expect.arrayContaining([
				'modularityOfTeams',
				'communityModularity',
				'teamCommunityNMI',
				'averagePathLength',
				'diameter',
				'averageClustering',
				'largestComponentShare'
			])
		);
		expect(analysis.network.teamCommunityNMI).toBeGreaterThan(0.5);
		expect(analysis.teamMatrix).toHaveLength(16);
		expect(analysis.teamMatrix[0]).toEqual({
			from: expect.any(String),
			to: expect.any(String),
			ties: expect.any(Number),
			interactions: expect.any(Number),
			weight: expect.any(Number),
			share: expect.any(Number)
		});
		expect(Array.isArray(analysis.fragileBridges)).toBe(true);
		for (const bridge of analysis.fragileBridges)
			expect(bridge).toMatchObject({
				teams: [expect.any(String), expect.any(String)],
				person: expect.any(String),
				share: expect.any(Number)
			});
		expect(analysis.communities[0]).toMatchObject({
			id: 0,
			size: expect.any(Number),
			teams: expect.any(Object),
			crossTeam: expect.any(Boolean)
		});
		expect(analysis.practiceCommunities).toEqual([]);
		expect(analysis.people).toHaveLength(61);
		for (const person of analysis.people) {
			expect(Object.keys(person)).toEqual(
				expect.arrayContaining([
					'id',
					'name',
					'team',
					'isolated',
					'atEdge',
					'community',
					'role',
					'roleReasons',
					'effectiveSize',
					'efficiency',
					...Object.keys(expected.people[person.id])
				])
			);
			for (const [figure, value] of Object.entries(expected.people[person.id])) {
				if (value === null) expect(person[figure], `${person.id} ${figure}`).toBeNull();
				else expect(person[figure], `${person.id} ${figure}`).toBeCloseTo(value, 6);
			}
			expect(person.isolated).toBe(person.degree === 0);
		}
		expect(analysis.people.find((p: { id: string }) => p.id === 'p60')).toMatchObject({
			team: 'support',
			isolated: true,
			atEdge: true
		});
		for (const team of analysis.teams) {
			expect({ ...team, team: undefined }).toEqual({
				...expected.teams[team.team],
				team: undefined
			});
		}
		expect(analysis.ties).toHaveLength(expected.network.ties as number);
		expect(analysis.ties[0]).toEqual({
			source: expect.any(String),
			target: expect.any(String),
			weight: expect.any(Number),
			interactions: 1,
			minutes: 0
		});
	});

	it('writes to --out, and sums repeated interactions into one tie', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'weft-cli-'));
		writeFileSync(path.join(dir, 'log.csv'), 'from,to,weight\nann,bo,2\nbo,ann,1.5\nann,cy,1\n');
		const out = path.join(dir, 'analysis.json');
		const { code, stdout } = await weft('analyze', '--out', out, path.join(dir, 'log.csv'));
		expect(code).toBe(0);
		expect(stdout).toBe('');
		const analysis = JSON.parse(readFileSync(out, 'utf8'));
		expect(analysis.ties).toEqual([
			{ source: 'ann', target: 'bo', weight: 3.5, interactions: 2, minutes: 0 },
			{ source: 'ann', target: 'cy', weight: 1, interactions: 1, minutes: 0 }
		]);
		expect(analysis.people.map((p: { id: string; team: string }) => `${p.id}:${p.team}`)).toEqual([
			'ann:Unknown',
			'bo:Unknown',
			'cy:Unknown'
		]);
	});

	it('analyses the files `weft demo` writes and finds the planted structure', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'weft-demo-'));
		expect((await weft('demo', '--out', dir)).code).toBe(0);
		const { code, stdout } = await weft(
			'analyze',
			'--roster',
			path.join(dir, DEMO_ROSTER_FILE),
			path.join(dir, DEMO_INTERACTIONS_FILE)
		);
		expect(code).toBe(0);
		const analysis = JSON.parse(stdout);
		const demo = generateDemoOrganisation();
		expect(analysis.network.people).toBe(demo.people.length);
		const byId = new Map(analysis.people.map((p: { id: string }) => [p.id, p]));
		for (const id of demo.planted.withoutTies)
			expect(byId.get(id)).toMatchObject({ isolated: true });
		for (const id of demo.planted.withOneTie)
			expect(byId.get(id)).toMatchObject({ degree: 1, atEdge: true });
		const mostInward = [...analysis.teams].sort((a, b) => a.eiIndex - b.eiIndex)[0];
		expect(mostInward.team).toBe(demo.planted.siloedTeam);
		const topFive = [...analysis.people]
			.sort((a, b) => b.betweenness - a.betweenness)
			.slice(0, 5)
			.map((p) => p.id);
		expect(topFive).toEqual(expect.arrayContaining(demo.planted.brokers));
	});

	it('exits with code 2 and one line naming the file, line and problem for a broken file', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'weft-cli-'));
		const broken = path.join(dir, 'broken.csv');
		writeFileSync(broken, 'source,target,weight\nann,bo,1\nann,cy,1,7\n');
		const { code, stdout, stderr } = await weft('analyze', broken);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe('weft: broken.csv: line 3: expected 3 columns, found 4\n');
	});

	it('asks for --date-order when an Outlook export’s dates could be either order', async () => {
		const { code, stderr } = await weft(
			'analyze',
			'tests/fixtures/calendarCsv/outlook-ambiguous.csv'
		);
		expect(code).toBe(2);
		expect(stderr).toBe(
			'weft: outlook-ambiguous.csv: its dates, such as the Start Date "03/04/2026" on line 2, could be month-first or day-first; choose the date order with --date-order mdy or dmy\n'
		);
	});

	it('exits with code 2 for a missing file and for an unknown command', async () => {
		const missing = await weft('analyze', 'no-such-file.csv');
		expect(missing).toMatchObject({ code: 2, stderr: 'weft: no-such-file.csv: no such file\n' });
		const unknown = await weft('analyse-this');
		expect(unknown.code).toBe(2);
		expect(unknown.stderr.split('\n')[0]).toBe('weft: unknown command "analyse-this"');
	});
});
