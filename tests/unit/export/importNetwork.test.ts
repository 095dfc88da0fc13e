// GEXF and GraphML files imported as networks: export then import gives the same people and ties; bad files name their problem and change nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/lib/analysis/types';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { demoFiles } from '../../../src/lib/demo/files';
import { networkGexf } from '../../../src/lib/export/gexf';
import { networkGraphml } from '../../../src/lib/export/graphml';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { isInputError } from '../../../src/lib/ingest/errors';
import { importFiles, mergeImportedFiles } from '../../../src/lib/ingest/importFiles';
import { textFile } from '../../../src/lib/ingest/inputFile';
import { clearWorkspace } from '../../../src/lib/ingest/schema';
import { demoAnalysis } from './analyses';

let db: Database;
let demo: Analysis;
beforeAll(async () => {
	db = await openNodeDatabase();
	demo = await demoAnalysis(db);
});
afterAll(() => db.close());
beforeEach(() => clearWorkspace(db));

async function importError(
	name: string,
	text: string
): Promise<{ message: string; line?: number }> {
	try {
		await importFiles(db, [textFile(name, text)]);
	} catch (error) {
		expect(isInputError(error), String(error)).toBe(true);
		const { message, line } = error as { message: string; line?: number };
		return { message, line };
	}
	throw new Error('the import was expected to fail');
}

describe('importing GEXF and GraphML', () => {
	for (const [format, write] of [
		['gexf', (a: Analysis) => networkGexf(a)],
		['graphml', networkGraphml]
	] as const) {
		it(`reads an exported ${format} back as the same people and ties`, async () => {
			const imported = await importFiles(db, [textFile(`demo.${format}`, write(demo))]);
			expect(imported).toEqual([
				{ name: `demo.${format}`, kind: 'network', rows: demo.people.length }
			]);
			const network = await loadNetwork(db);
			expect(network.people).toEqual(
				demo.people.map(({ id, name, team, attributes }) => ({ id, name, team, attributes }))
			);
			// Each edge is one interaction of the edge's weight: weights come back exactly, counts and minutes do not.
			expect(
				network.ties.map(({ source, target, weight }) => ({ source, target, weight }))
			).toEqual(demo.ties.map(({ source, target, weight }) => ({ source, target, weight })));
		});
	}

	it('takes the team from a team-like attribute, else Unknown, and the name from label or name', async () => {
		await importFiles(db, [
			textFile(
				'org.graphml',
				`<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="Department" attr.type="string"/>
  <key id="d1" for="node" attr.name="label" attr.type="string"/>
  <key id="d2" for="node" attr.name="office" attr.type="string"><default>HQ</default></key>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="A@Example.com"><data key="d0">Sales</data><data key="d1">Ann</data></node>
    <node id="b"><data key="d1">Bob</data><data key="d2">Leeds</data></node>
    <node id="c"/>
    <edge source="A@Example.com" target="b"><data key="w">2.5</data></edge>
    <edge source="b" target="a@example.com"><data key="w">0.5</data></edge>
    <edge source="b" target="c"/>
  </graph>
</graphml>`
			)
		]);
		const network = await loadNetwork(db);
		expect(network.people).toEqual([
			{ id: 'a@example.com', name: 'Ann', team: 'Sales', attributes: { office: 'HQ' } },
			{ id: 'b', name: 'Bob', team: 'Unknown', attributes: { office: 'Leeds' } },
			{ id: 'c', name: 'c', team: 'Unknown', attributes: { office: 'HQ' } }
		]);
		expect(network.ties).toEqual([
			{ source: 'a@example.com', target: 'b', weight: 3, interactions: 2, minutes: 0 },
			{ source: 'b', target: 'c', weight: 1, interactions: 1, minutes: 0 }
		]);
	});

	it('replaces the roster like a roster does, and is listed as one in the workspace', async () => {
		const [roster] = demoFiles();
		const first = await importFiles(db, [roster]);
		const second = await importFiles(db, [
			textFile('small.gexf', '<gexf><graph><nodes><node id="x" label="X"/></nodes></graph></gexf>')
		]);
		expect((await loadNetwork(db)).people).toEqual([
			{ id: 'x', name: 'X', team: 'Unknown', attributes: {} }
		]);
		expect(mergeImportedFiles(first, second).map((file) => file.name)).toEqual(['small.gexf']);
	});

	it('names the file, line and problem of a bad file, and keeps what was loaded', async () => {
		const [roster, interactions] = demoFiles();
		await importFiles(db, [roster, interactions]);
		const before = await loadNetwork(db);

		const cases: [string, string, string, number | undefined][] = [
			[
				'broken.gexf',
				'<?xml version="1.0"?>\n<gexf>\n<graph>\n<nodes><node id="a">\n</graph></gexf>',
				'broken.gexf: line 4: the XML is not well-formed: an element is not closed',
				4
			],
			[
				'missing.gexf',
				'<gexf>\n<graph>\n<nodes><node id="a"/></nodes>\n<edges><edge id="e1" source="a" target="zz"/></edges>\n</graph></gexf>',
				'missing.gexf: line 4: edge e1 names "zz" as its target, which is not a node of the file',
				4
			],
			[
				'weights.graphml',
				'<graphml>\n<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n<graph>\n<node id="a"/><node id="b"/>\n<edge source="a" target="b"><data key="w">heavy</data></edge>\n</graph></graphml>',
				'weights.graphml: line 5: edge number 1: the weight "heavy" is not a number',
				5
			],
			[
				'negative.gexf',
				'<gexf><graph><nodes><node id="a"/><node id="b"/></nodes><edges><edge id="1" source="a" target="b" weight="-2"/></edges></graph></gexf>',
				'negative.gexf: line 1: edge 1: the weight "-2" must be a finite number of 0 or more',
				1
			],
			[
				'twice.graphml',
				'<graphml><graph>\n<node id="a"/>\n<node id=" a "/>\n</graph></graphml>',
				'twice.graphml: line 3: node a is already listed on line 2; each person must appear once',
				3
			],
			[
				'nograph.gexf',
				'<gexf><meta/></gexf>',
				'nograph.gexf: a GEXF file without a <graph> element',
				undefined
			],
			[
				'empty.graphml',
				'<graphml><graph/></graphml>',
				'empty.graphml: the network has no nodes',
				undefined
			],
			[
				'other.xml',
				'<?xml version="1.0"?><catalog><book/></catalog>',
				'other.xml: an XML file, but neither GEXF nor GraphML',
				undefined
			],
			[
				'signin.ics',
				'<!DOCTYPE html>\n<html lang="en"><head><title>Sign in</title></head><body><form/></body></html>',
				"signin.ics: a web page (HTML), not a calendar, CSV or network file; if it came from a calendar's link, download the calendar's .ics export instead",
				undefined
			],
			[
				'entity.gexf',
				'<gexf>\n<graph><nodes><node id="a" label="&bogus;"/></nodes></graph></gexf>',
				'entity.gexf: line 2: the XML is not well-formed',
				2
			]
		];
		for (const [name, text, message, line] of cases) {
			const error = await importError(name, text);
			expect(error.message).toContain(message);
			expect(error.line, name).toBe(line);
			expect(error.message).not.toMatch(/\n|at .*\.ts|graphology|TypeError/);
		}
		expect(await loadNetwork(db)).toEqual(before);
	});
});
