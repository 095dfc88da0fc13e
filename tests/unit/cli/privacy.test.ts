// `--pseudonymise` on `weft analyze` and `weft export`: the same figures, and no name or email in what is written.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runWeft } from './runWeft';
import { describe, expect, it } from 'vitest';
import { generateDemoOrganisation, interactionsCsv, rosterCsv } from '../../../src/lib/demo';

const demo = generateDemoOrganisation();
const folder = mkdtempSync(path.join(tmpdir(), 'weft-privacy-'));
const roster = path.join(folder, 'roster.csv');
const log = path.join(folder, 'interactions.csv');
writeFileSync(roster, rosterCsv(demo));
writeFileSync(log, interactionsCsv(demo));

async function weft(...args: string[]): Promise<string> {
	const { code, stdout, stderr } = await runWeft(args);
	if (code !== 0) throw new Error(stderr);
	return stdout;
}

/** Every name and key of the demo that a pseudonymised file must not hold. */
function realNamesIn(text: string): string[] {
	const found = demo.people.flatMap((person) =>
		[person.name, person.id].filter((real) => text.includes(real))
	);
	return /@/.test(text) ? [...found, '@'] : found;
}

describe('weft --pseudonymise', () => {
	it('writes the same figures with "Person NNN" for every name and key', async () => {
		const [plain, hidden] = await Promise.all([
			weft('analyze', '--roster', roster, log).then(JSON.parse),
			weft('analyze', '--pseudonymise', '--roster', roster, log)
		]);
		expect(realNamesIn(hidden)).toEqual([]);
		const analysis = JSON.parse(hidden);
		expect(analysis.people).toHaveLength(demo.people.length);
		for (const person of analysis.people) expect(person.name).toMatch(/^Person \d{3}$/);
		expect(analysis.network).toEqual(plain.network);
		expect(analysis.teams).toEqual(plain.teams);
		const degrees = (people: { degree: number }[]) => people.map((p) => p.degree).sort();
		expect(degrees(analysis.people)).toEqual(degrees(plain.people));
		expect(analysis.ties.map((t: { weight: number }) => t.weight).sort()).toEqual(
			plain.ties.map((t: { weight: number }) => t.weight).sort()
		);
	}, 60_000);

	it('leaves no name or email in the CSV, GEXF and GraphML exports', async () => {
		const tables = path.join(folder, 'tables');
		await weft(
			'export',
			'--pseudonymise',
			'--format',
			'csv',
			'--roster',
			roster,
			'--out',
			tables,
			log
		);
		for (const format of ['gexf', 'graphml']) {
			const out = path.join(folder, `network.${format}`);
			await weft(
				'export',
				'--pseudonymise',
				'--format',
				format,
				'--roster',
				roster,
				'--out',
				out,
				log
			);
			expect(realNamesIn(readFileSync(out, 'utf8')), format).toEqual([]);
		}
		expect(readdirSync(tables).sort()).toEqual(['people.csv', 'teams.csv', 'ties.csv']);
		for (const file of readdirSync(tables)) {
			expect(realNamesIn(readFileSync(path.join(tables, file), 'utf8')), file).toEqual([]);
		}
	}, 90_000);

	it('--min-group-size: small teams withheld by default (5), shown at 1, and a bad value refused', async () => {
		const small = path.join(folder, 'small-roster.csv');
		const ties = path.join(folder, 'small-ties.csv');
		const big = Array.from({ length: 6 }, (_, i) => `b${i},Big`);
		writeFileSync(small, ['id,team', ...big, 't0,Tiny', 't1,Tiny'].join('\n'));
		writeFileSync(ties, ['source,target', 'b0,b1', 'b1,b2', 't0,t1', 'b0,t0'].join('\n'));
		const byDefault = JSON.parse(await weft('analyze', '--roster', small, ties));
		const tiny = byDefault.teams.find((team: { team: string }) => team.team === 'Tiny');
		expect(tiny).toEqual({
			team: 'Tiny',
			size: null,
			internalTies: null,
			externalTies: null,
			eiIndex: null,
			density: null,
			suppressed: true,
			fewerThan: 5
		});
		expect(byDefault.teams.find((team: { team: string }) => team.team === 'Big').size).toBe(6);
		expect(byDefault.privacy).toEqual({
			minGroupSize: 5,
			pseudonymised: false,
			suppressedTeams: ['Tiny']
		});
		const all = JSON.parse(await weft('analyze', '--min-group-size', '1', '--roster', small, ties));
		expect(all.teams.find((team: { team: string }) => team.team === 'Tiny')).toMatchObject({
			size: 2,
			internalTies: 1,
			externalTies: 1
		});
		expect(await runWeft(['analyze', '--min-group-size', '0', small])).toMatchObject({
			code: 2,
			stderr: 'weft: --min-group-size takes a whole number of 1 or more, not "0"\n'
		});
	}, 60_000);
});
