// The browser benchmark's page: times the analysis worker's measures on a synthetic organisation, as the app runs them.
import type { AnalysisMessage, AnalysisRequest } from '../../src/lib/analysis/protocol';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { buildPeopleGraph } from '../../src/lib/graph/build';
import { indexGraph } from '../../src/lib/metrics/indexedGraph';
import { chooseSources } from '../../src/lib/metrics/pathFigures';
import { runPathsInWorkers } from '../../src/lib/metrics/pathWorkers';
import { syntheticOrganisation } from '../syntheticOrganisation';
import { calendarWorkload } from '../calendarWorkload';
import { openBrowserDatabase } from '../../src/lib/db/browser';
import { icsWorkerParser } from '../../src/lib/ingest/calendar/icsWorkerParser';
import { importFiles } from '../../src/lib/ingest/importFiles';
import { textFile } from '../../src/lib/ingest/inputFile';
import { loadTies } from '../../src/lib/graph/queries';

/** Milliseconds from sending the network to the worker until every measure is done (the layout then starts). */
function timeMeasures(people: number, tiesPerPerson: number): Promise<number> {
	const network = syntheticOrganisation(people, tiesPerPerson);
	const worker = new Worker(new URL('../../src/lib/analysis/analysis.worker.ts', import.meta.url), {
		type: 'module'
	});
	return new Promise((resolve, reject) => {
		const start = performance.now();
		worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
			const message = event.data;
			if (message.type === 'failed') reject(new Error(message.message));
			if (message.type === 'progress' && !message.label.startsWith('Laying out')) return;
			worker.terminate();
			resolve(performance.now() - start);
		};
		worker.postMessage({ network, practiceCommunities: [] } satisfies AnalysisRequest);
	});
}

(window as unknown as { timeMeasures: typeof timeMeasures }).timeMeasures = timeMeasures;

/** Exact betweenness on the same graph: Weft's pass split over its path workers, then graphology-metrics in this page. */
async function timeExactBetweenness(
	people: number,
	tiesPerPerson: number
): Promise<{ weftMs: number; graphologyMs: number }> {
	const network = syntheticOrganisation(people, tiesPerPerson);
	const graph = buildPeopleGraph(network.people, network.ties);
	const indexed = indexGraph(graph);
	let start = performance.now();
	await runPathsInWorkers(
		indexed,
		chooseSources(people, { exactLimit: people, samples: 0, seed: 1 }),
		() => {}
	);
	const weftMs = performance.now() - start;
	start = performance.now();
	betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
	return { weftMs, graphologyMs: performance.now() - start };
}

(window as unknown as { timeExactBetweenness: typeof timeExactBetweenness }).timeExactBetweenness =
	timeExactBetweenness;

/** File to ties as the dashboard imports a calendar: parsed in the .ics workers, stored in DuckDB-WASM, tie SQL. */
async function timeCalendarImport(
	occurrences: number,
	recurringShare: number
): Promise<{ parseMs: number; storeMs: number; tiesMs: number; rederiveMs: number; ties: number }> {
	const { ics } = calendarWorkload({ occurrences, attendees: 10, recurringShare });
	const file = textFile('bench.ics', ics);
	const db = await openBrowserDatabase();
	const parser = icsWorkerParser(new AbortController().signal);
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
		await loadTies(db);
		return {
			parseMs: parsedAt - start,
			storeMs: storedAt - parsedAt,
			tiesMs: tiesAt - storedAt,
			rederiveMs: performance.now() - tiesAt,
			ties
		};
	} finally {
		parser.close();
		await db.close();
	}
}

(window as unknown as { timeCalendarImport: typeof timeCalendarImport }).timeCalendarImport =
	timeCalendarImport;
