// Times every measure on synthetic organisations against graphology-metrics (and igraph when Debian's python3-igraph
// is there) on the same graphs, and the whole measuring as the browser runs it, in the analysis worker.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { buildPeopleGraph } from '../src/lib/graph/build';
import { detectCommunities } from '../src/lib/insight/communities';
import { computeMetrics } from '../src/lib/metrics/computeMetrics';
import { indexGraph } from '../src/lib/metrics/indexedGraph';
import { MEASURES } from '../src/lib/metrics/registry';
import type { Page } from 'playwright-core';
import { syntheticOrganisation } from './syntheticOrganisation';

export const SIZES = [1_000, 5_000, 10_000];
const TIES_PER_PERSON = 10;

export interface Timing {
	stage: string;
	ms: number;
}

function timeOnce(work: () => unknown): number {
	const start = performance.now();
	work();
	return performance.now() - start;
}

/** igraph's betweenness on the same graph, in seconds; null when python3-igraph is not installed. */
function igraphBetweenness(graph: ReturnType<typeof indexGraph>): number | null {
	const dir = mkdtempSync(path.join(tmpdir(), 'weft-igraph-'));
	try {
		const lines = [`${graph.keys.length} ${graph.neighbors.length / 2}`];
		for (let i = 0; i < graph.keys.length; i++)
			for (let e = graph.starts[i]; e < graph.starts[i + 1]; e++)
				if (graph.neighbors[e] > i) lines.push(`${i} ${graph.neighbors[e]}`);
		const file = path.join(dir, 'edges.txt');
		writeFileSync(file, lines.join('\n'));
		const output = execFileSync('/usr/bin/python3', ['bench/igraph_betweenness.py', file], {
			encoding: 'utf8'
		});
		const result = JSON.parse(output) as { seconds?: number };
		return result.seconds ?? null;
	} catch {
		return null;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export interface Comparison {
	people: number;
	measure: string;
	weftMs: number;
	otherMs: number;
	other: string;
}

/** Each measure alone, in this thread; betweenness and closeness exact, as the references compute them. */
export async function benchMeasures(): Promise<{ timings: Timing[]; comparisons: Comparison[] }> {
	const timings: Timing[] = [];
	const comparisons: Comparison[] = [];
	for (const people of SIZES) {
		const network = syntheticOrganisation(people, TIES_PER_PERSON);
		const graph = buildPeopleGraph(network.people, network.ties);
		const label = `measures ${people.toLocaleString('en-GB')} people / ${graph.size.toLocaleString('en-GB')} ties`;
		const own = new Map<string, number>();
		for (const measure of MEASURES) {
			own.set(
				measure.id,
				timeOnce(() => measure.compute(graph))
			);
			timings.push({ stage: `${label}: ${measure.id}`, ms: own.get(measure.id) as number });
		}
		timings.push({
			stage: `${label}: communities (Louvain)`,
			ms: timeOnce(() => detectCommunities(graph))
		});
		const start = performance.now();
		await computeMetrics(graph);
		timings.push({
			stage: `${label}: all measures, one thread (paths sampled above 5,000)`,
			ms: performance.now() - start
		});
		const graphologyBetweenness = timeOnce(() =>
			betweennessCentrality(graph, { getEdgeWeight: null, normalized: true })
		);
		comparisons.push({
			people,
			measure: 'betweenness',
			weftMs: own.get('betweenness') as number,
			otherMs: graphologyBetweenness,
			other: 'graphology-metrics'
		});
		// Weft gets closeness from the same pass as betweenness; graphology needs a second one.
		comparisons.push({
			people,
			measure: 'betweenness + closeness',
			weftMs: own.get('betweenness') as number,
			otherMs:
				graphologyBetweenness +
				timeOnce(() => closenessCentrality(graph, { wassermanFaust: true })),
			other: 'graphology-metrics'
		});
		const igraph = igraphBetweenness(indexGraph(graph));
		if (igraph !== null)
			comparisons.push({
				people,
				measure: 'betweenness',
				weftMs: own.get('betweenness') as number,
				otherMs: igraph * 1000,
				other: 'igraph (C)'
			});
	}
	return { timings, comparisons };
}

/** All measures as the dashboard runs them: in the analysis worker, paths split over workers, in headless Chromium. */
export async function benchBrowserMeasures(bench: Page): Promise<{
	timings: Timing[];
	comparisons: Comparison[];
}> {
	const timings: Timing[] = [];
	const comparisons: Comparison[] = [];
	for (const people of SIZES) {
		const ms = await bench.evaluate(
			([n, ties]) => (window as unknown as BenchPage).timeMeasures(n, ties),
			[people, TIES_PER_PERSON]
		);
		timings.push({
			stage: `browser: all measures, ${people.toLocaleString('en-GB')} people (analysis worker + path workers)`,
			ms
		});
		const exact = await bench.evaluate(
			([n, ties]) => (window as unknown as BenchPage).timeExactBetweenness(n, ties),
			[people, TIES_PER_PERSON]
		);
		comparisons.push({
			people,
			measure: 'betweenness, browser, exact',
			weftMs: exact.weftMs,
			otherMs: exact.graphologyMs,
			other: 'graphology-metrics'
		});
	}
	return { timings, comparisons };
}

interface BenchPage {
	timeMeasures(people: number, tiesPerPerson: number): Promise<number>;
	timeExactBetweenness(
		people: number,
		tiesPerPerson: number
	): Promise<{ weftMs: number; graphologyMs: number }>;
}
