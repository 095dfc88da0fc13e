// GEXF and GraphML exports read back by separate parsers (graphology-gexf, graphology-graphml): every node, tie and attribute.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/lib/analysis/types';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { networkGexf } from '../../../src/lib/export/gexf';
import { networkGraphml } from '../../../src/lib/export/graphml';
import { personAttributes } from '../../../src/lib/export/networkAttributes';
import { AWKWARD_NAMES, awkwardAnalysis, demoAnalysis } from './analyses';

let db: Database;
let demo: Analysis;
let awkward: Analysis;
beforeAll(async () => {
	db = await openNodeDatabase();
	demo = await demoAnalysis(db);
	awkward = await awkwardAnalysis();
});
afterAll(() => db.close());

/** What an XML file can hold of a string: XML-illegal control characters come back as U+FFFD. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const inXml = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');

/** Each person's attributes as a reader should see them: nulls left out, the rest typed. */
function expectedPerson(analysis: Analysis, id: string): Record<string, unknown> {
	const person = analysis.people.find((p) => p.id === id)!;
	const expected: Record<string, unknown> = {};
	for (const column of personAttributes(analysis)) {
		const value = column.value(person);
		if (value !== null) expected[column.name] = typeof value === 'string' ? inXml(value) : value;
	}
	return expected;
}

function checkGraph(
	analysis: Analysis,
	graph: Graph,
	nameAttribute: 'label' | 'name',
	edgeId: (i: number) => string
) {
	expect(graph.type).toBe('undirected');
	expect(graph.order).toBe(analysis.people.length);
	expect(graph.size).toBe(analysis.ties.length);
	for (const person of analysis.people) {
		const { [nameAttribute]: name, ...rest } = graph.getNodeAttributes(person.id);
		expect(name).toBe(inXml(person.name));
		expect(rest).toEqual(expectedPerson(analysis, person.id));
	}
	analysis.ties.forEach((tie, i) => {
		expect(graph.extremities(edgeId(i)).sort()).toEqual([tie.source, tie.target].sort());
		expect(graph.getEdgeAttributes(edgeId(i))).toEqual({
			weight: tie.weight,
			interactions: tie.interactions,
			minutes: tie.minutes
		});
	});
}

describe('GEXF export', () => {
	it('reads back with graphology-gexf: every person, tie and attribute of the demo, numbers as numbers', () => {
		const gexf = networkGexf(demo, { date: new Date('2025-03-01') });
		expect(gexf).toContain('version="1.3"');
		expect(gexf).toContain('<attribute id="1" title="degree" type="integer"/>');
		expect(gexf).toContain('title="betweenness" type="double"');
		expect(gexf).toContain('title="isolated" type="boolean"');
		expect(demo.ties.some((tie) => tie.minutes > 0)).toBe(true);
		const graph = parseGexf(Graph, gexf);
		checkGraph(demo, graph, 'label', String);
		const someone = graph.getNodeAttributes(demo.people[0].id);
		expect(typeof someone.degree).toBe('number');
		expect(typeof someone.isolated).toBe('boolean');
		expect(typeof someone.community).toBe('number');
		// Roster columns come along; the roster's own `role` is renamed so that Weft's role keeps its name.
		expect(someone['roster role']).toBe(demo.people[0].attributes.role);
		expect(someone.role).toBe(demo.people[0].role);
	});

	it('keeps markup, ampersands, quotes, tabs and newlines in names as text', () => {
		const gexf = networkGexf(awkward);
		expect(gexf).not.toContain('<script>');
		expect(gexf).not.toContain('\u0001');
		const graph = parseGexf(Graph, gexf);
		checkGraph(awkward, graph, 'label', String);
		expect(graph.getNodeAttribute('ann', 'label')).toBe(AWKWARD_NAMES.ann);
		expect(graph.getNodeAttribute('dan', 'label')).toBe('Dan\tTab\nNewline');
		expect(graph.getNodeAttribute('eve', 'label')).toBe('Eve \uFFFD bell');
		// The isolate's undefined figures are left out, not written as 0.
		expect(graph.getNodeAttribute('eve', 'constraint')).toBeUndefined();
		expect(graph.getNodeAttribute('eve', 'isolated')).toBe(true);
	});
});

describe('GraphML export', () => {
	it('reads back with graphology-graphml: every person, tie and attribute of the demo', () => {
		const graphml = networkGraphml(demo);
		expect(graphml).toContain('attr.name="degree" attr.type="int"');
		expect(graphml).toContain('attr.name="weight" attr.type="double"');
		checkGraph(demo, parseGraphml(Graph, graphml), 'name', (i) => `t${i}`);
	});

	it('keeps awkward names as text', () => {
		const graph = parseGraphml(Graph, networkGraphml(awkward));
		checkGraph(awkward, graph, 'name', (i) => `t${i}`);
		expect(graph.getNodeAttribute('bob', 'name')).toBe(AWKWARD_NAMES.bob);
		expect(graph.getNodeAttribute('bob', 'team')).toBe('R&D <core>');
	});
});

const PYTHON = '/usr/bin/python3';
const hasNetworkx =
	existsSync(PYTHON) &&
	(() => {
		try {
			execFileSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' });
			return true;
		} catch {
			return false;
		}
	})();

describe.skipIf(!hasNetworkx)('networkx', () => {
	it('reads the GraphML (and the GEXF where it knows GEXF 1.3) with numbers as numbers', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'weft-nx-'));
		writeFileSync(path.join(dir, 'n.gexf'), networkGexf(awkward));
		writeFileSync(path.join(dir, 'n.graphml'), networkGraphml(awkward));
		const script = `
import json, sys, networkx as nx
out = {}
# networkx reads GEXF 1.3 from version 3.6 on; before, only its GraphML reader applies.
readers = [('graphml', nx.read_graphml)]
if '1.3' in nx.readwrite.gexf.GEXF.versions: readers.append(('gexf', nx.read_gexf))
for name, read in readers:
    graph = read(sys.argv[1] + '/n.' + name)
    ann = graph.nodes['ann']
    out[name] = {'nodes': graph.number_of_nodes(), 'edges': graph.number_of_edges(),
        'degree': [type(ann['degree']).__name__, ann['degree']], 'betweenness': type(ann['betweenness']).__name__,
        'isolated': graph.nodes['eve']['isolated'], 'team': ann['team'],
        'weight': graph.edges['ann', 'bob']['weight'], 'minutes': graph.edges['cat', 'dan']['minutes']}
print(json.dumps(out))`;
		const read = JSON.parse(execFileSync(PYTHON, ['-c', script, dir], { encoding: 'utf8' }));
		expect(read.graphml).toBeDefined();
		for (const format of Object.keys(read)) {
			expect(read[format]).toEqual({
				nodes: 5,
				edges: 4,
				degree: ['int', 2],
				betweenness: 'float',
				isolated: true,
				team: 'R&D <core>',
				weight: 2.5,
				minutes: 12.5
			});
		}
	});
});
