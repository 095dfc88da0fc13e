// The browser benchmark's page: times the analysis worker's measures on a synthetic organisation, as the app runs them.
import { runAnalysisWorker, stopAnalysisWorkers } from '../../src/lib/analysis/runAnalysisWorker';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { buildPeopleGraph } from '../../src/lib/graph/build';
import { indexGraph } from '../../src/lib/metrics/indexedGraph';
import { chooseSources } from '../../src/lib/metrics/pathFigures';
import { runPathsHere } from '../../src/lib/metrics/pathRunner';
import { runPathsInWorkers, stopPathWorkers } from '../../src/lib/metrics/pagePathWorkers';
import { syntheticOrganisation } from '../syntheticOrganisation';
import { calendarWorkload } from '../calendarWorkload';
import { openBrowserDatabase } from '../../src/lib/db/browser';
import { icsWorkerParser } from '../../src/lib/ingest/calendar/icsWorkerParser';
import { pageIcsWorkers, stopIcsWorkers } from '../../src/lib/ingest/calendar/pageIcsWorkers';
import { importFiles } from '../../src/lib/ingest/importFiles';
import { textFile } from '../../src/lib/ingest/inputFile';
import { loadTies } from '../../src/lib/graph/queries';
import { clearWorkspace, indexMeetingPairs } from '../../src/lib/ingest/schema';
import type { CalendarImportTimes, ImportStart } from '../calendar';

/**
 * Milliseconds from handing the network to the app's analysis worker until every measure is back, as the dashboard
 * runs it: `fresh` first ends the worker kept from the last analysis, so the time includes starting the analysis
 * worker and its path workers and compiling the pass (a page's first analysis); otherwise the kept workers are reused.
 */
async function timeMeasures(
	people: number,
	tiesPerPerson: number,
	fresh: boolean
): Promise<number> {
	const network = syntheticOrganisation(people, tiesPerPerson);
	if (fresh) stopAnalysisWorkers();
	const start = performance.now();
	await runAnalysisWorker(
		{ network, practiceCommunities: [] },
		() => {},
		new AbortController().signal
	);
	return performance.now() - start;
}

(window as unknown as { timeMeasures: typeof timeMeasures }).timeMeasures = timeMeasures;

export interface ExactBetweennessTimes {
	/** The first pass of this page at this size: the path workers are started (and the pass compiled) inside it. */
	firstWeftMs: number;
	/** graphology-metrics' first run at this size in this page. */
	firstGraphologyMs: number;
	/** Medians of `repeats` runs, interleaved: Weft on its kept path workers, Weft in this thread, graphology. */
	workersMs: number;
	oneThreadMs: number;
	graphologyMs: number;
	/** The fastest of those runs: on a shared machine, what each does when nothing else wants the cores. */
	bestWorkersMs: number;
	bestGraphologyMs: number;
	repeats: number;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function timed(work: () => unknown): Promise<number> {
	const start = performance.now();
	return Promise.resolve(work()).then(() => performance.now() - start);
}

/**
 * Exact betweenness on the same graph, each from this page's main thread: Weft's pass split over its path workers
 * and on this thread alone, and graphology-metrics. The first pass starts the path workers; the repeats reuse them.
 */
async function timeExactBetweenness(
	people: number,
	tiesPerPerson: number,
	repeats: number
): Promise<ExactBetweennessTimes> {
	const network = syntheticOrganisation(people, tiesPerPerson);
	const graph = buildPeopleGraph(network.people, network.ties);
	const indexed = indexGraph(graph);
	const sources = chooseSources(people, { exactLimit: people, samples: 0, seed: 1 });
	const inWorkers = () => runPathsInWorkers(indexed, sources, () => {});
	const inThisThread = () => runPathsHere(indexed, sources, () => {});
	const graphology = () => betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
	stopPathWorkers();
	const firstWeftMs = await timed(inWorkers);
	const firstGraphologyMs = await timed(graphology);
	const runs = { workers: [] as number[], oneThread: [] as number[], graphology: [] as number[] };
	for (let i = 0; i < repeats; i++) {
		runs.workers.push(await timed(inWorkers));
		runs.oneThread.push(await timed(inThisThread));
		runs.graphology.push(await timed(graphology));
	}
	return {
		firstWeftMs,
		firstGraphologyMs,
		workersMs: median(runs.workers),
		oneThreadMs: median(runs.oneThread),
		graphologyMs: median(runs.graphology),
		bestWorkersMs: Math.min(...runs.workers),
		bestGraphologyMs: Math.min(...runs.graphology),
		repeats
	};
}

(window as unknown as { timeExactBetweenness: typeof timeExactBetweenness }).timeExactBetweenness =
	timeExactBetweenness;

/** File to ties as the dashboard imports a calendar: parsed in the .ics workers, stored in DuckDB-WASM, tie SQL. */
async function timeCalendarImport(
	occurrences: number,
	recurringShare: number,
	from: ImportStart
): Promise<CalendarImportTimes> {
	const { ics } = calendarWorkload({ occurrences, attendees: 10, recurringShare });
	const file = textFile('bench.ics', ics);
	const db = await openBrowserDatabase();
	// A first import on a new database is slower: its tables are made and DuckDB's wasm is still optimised. New
	// calendar workers compile their code as they parse, and grow their heaps.
	if (from !== 'next') stopIcsWorkers();
	if (from !== 'first') {
		const warmUp = calendarWorkload({ occurrences: 5_000, attendees: 10, recurringShare });
		await importFiles(db, [textFile('warm-up.ics', warmUp.ics)]);
		await loadTies(db);
		await clearWorkspace(db);
	}
	const parser = icsWorkerParser(new AbortController().signal, pageIcsWorkers);
	try {
		const start = performance.now();
		let parsedAt = 0;
		await importFiles(db, [file], {
			parseIcsFile: parser.parse,
			onProgress: (label) => {
				if (label === 'Writing the tables') parsedAt = performance.now();
			}
		});
		const storedAt = performance.now();
		const ties = (await loadTies(db)).length;
		const tiesAt = performance.now();
		// As the dashboard does once the network shows, before any settings change.
		await indexMeetingPairs(db);
		const pairedAt = performance.now();
		await loadTies(db);
		return {
			parseMs: parsedAt - start,
			storeMs: storedAt - parsedAt,
			tiesMs: tiesAt - storedAt,
			pairMs: pairedAt - tiesAt,
			rederiveMs: performance.now() - pairedAt,
			ties
		};
	} finally {
		parser.close();
		await db.close();
	}
}

(window as unknown as { timeCalendarImport: typeof timeCalendarImport }).timeCalendarImport =
	timeCalendarImport;
