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
import type { ExactBetweennessTimes } from './browser/main';
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

/** Interleaved repeats per size in the browser: graphology-metrics takes ~18 s a run at 10,000 people. */
const BROWSER_REPEATS = (people: number) => (people <= 1_000 ? 7 : 3);

/**
 * All measures as the dashboard runs them (the analysis worker, paths split over its path workers), the first
 * analysis with every worker started inside the timing and a repeat on the kept workers; then exact betweenness
 * against graphology-metrics in the same page, first runs and medians of interleaved repeats. Headless Chromium.
 */
export async function benchBrowserMeasures(bench: Page): Promise<{
	timings: Timing[];
	comparisons: Comparison[];
}> {
	const timings: Timing[] = [];
	const comparisons: Comparison[] = [];
	for (const people of SIZES) {
		const label = `browser: all measures, ${people.toLocaleString('en-GB')} people`;
		for (const fresh of [true, false]) {
			const ms = await bench.evaluate(
				([n, ties, first]) => (window as unknown as BenchPage).timeMeasures(n, ties, first),
				[people, TIES_PER_PERSON, fresh] as const
			);
			timings.push({
				stage: `${label}, ${fresh ? 'first analysis (workers started)' : 'next analysis (workers kept)'}`,
				ms
			});
		}
		const exact = await bench.evaluate(
			([n, ties, repeats]) =>
				(window as unknown as BenchPage).timeExactBetweenness(n, ties, repeats),
			[people, TIES_PER_PERSON, BROWSER_REPEATS(people)]
		);
		const compare = (measure: string, weftMs: number, otherMs: number) =>
			comparisons.push({ people, measure, weftMs, otherMs, other: 'graphology-metrics' });
		compare('browser, path workers kept', exact.workersMs, exact.graphologyMs);
		compare('browser, path workers kept, best', exact.bestWorkersMs, exact.bestGraphologyMs);
		compare('browser, one thread', exact.oneThreadMs, exact.graphologyMs);
		compare('browser, first (workers started)', exact.firstWeftMs, exact.firstGraphologyMs);
	}
	return { timings, comparisons };
}

interface BenchPage {
	timeMeasures(people: number, tiesPerPerson: number, fresh: boolean): Promise<number>;
	timeExactBetweenness(
		people: number,
		tiesPerPerson: number,
		repeats: number
	): Promise<ExactBetweennessTimes>;
}
