// `weft export` as users run it: through npm, on the reference fixtures, read back with graphology's parsers.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { weft } from './runWeft';
import { describe, expect, it } from 'vitest';

const REFERENCE = 'tests/fixtures/reference';

const ROSTER = `${REFERENCE}/four-teams-roster.csv`;
const TIES = `${REFERENCE}/four-teams.csv`;

describe('weft export', () => {
	it('writes GEXF and GraphML that graphology reads as the analysis JSON says, and CSV tables into a folder', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'weft-export-'));
		const [json, gexf, graphml, csv] = await Promise.all([
			weft('analyze', '--roster', ROSTER, TIES),
			weft('export', '--format', 'gexf', '--roster', ROSTER, '--out', `${dir}/n.gexf`, TIES),
			weft('export', '--format', 'graphml', '--roster', ROSTER, '--out', `${dir}/n.graphml`, TIES),
			weft('export', '--format', 'csv', '--roster', ROSTER, '--out', `${dir}/tables`, TIES)
		]);
		for (const result of [json, gexf, graphml, csv]) expect(result.stderr).toBe('');
		expect([json.code, gexf.code, graphml.code, csv.code]).toEqual([0, 0, 0, 0]);
		const analysis = JSON.parse(json.stdout);

		const fromGexf = parseGexf(Graph, readFileSync(`${dir}/n.gexf`, 'utf8'));
		const fromGraphml = parseGraphml(Graph, readFileSync(`${dir}/n.graphml`, 'utf8'));
		for (const graph of [fromGexf, fromGraphml]) {
			expect(graph.order).toBe(analysis.people.length);
			expect(graph.size).toBe(analysis.ties.length);
			for (const person of analysis.people) {
				expect(graph.getNodeAttributes(person.id)).toMatchObject({
					team: person.team,
					degree: person.degree,
					betweenness: person.betweenness,
					community: person.community,
					role: person.role
				});
			}
		}
		expect(readdirSync(`${dir}/tables`).sort()).toEqual(['people.csv', 'teams.csv', 'ties.csv']);
		const ties = readFileSync(`${dir}/tables/ties.csv`, 'utf8').trimEnd().split('\r\n');
		expect(ties).toHaveLength(analysis.ties.length + 1);
		expect(ties[0]).toBe('\uFEFFsource,target,weight,interactions,minutes');
	});

	it('says which file, line and problem on bad input, with exit code 2', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'weft-export-'));
		writeFileSync(
			`${dir}/bad.graphml`,
			'<graphml>\n<graph>\n<node id="a"/>\n<edge source="a" target="b"/>\n</graph></graphml>'
		);
		const [bad, format] = await Promise.all([
			weft('export', '--format', 'gexf', '--out', `${dir}/out.gexf`, `${dir}/bad.graphml`),
			weft('export', '--format', 'pdf', '--roster', ROSTER, '--out', `${dir}/x`, TIES)
		]);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toBe(
			'weft: bad.graphml: line 4: edge number 1 names "b" as its target, which is not a node of the file\n'
		);
		expect(format.code).toBe(2);
		expect(format.stderr).toMatch(
			/^weft: export needs --format gexf, graphml, csv or json, not "pdf"/
		);
	});
});
