// Splits the shortest-path pass by source over one worker per core (at most four) and adds up their totals.
import { runPathsHere, splitSources, throwIfAborted, type PathRunner } from './pathRunner';
import type { PathsRequest, PathsResponse } from './pathsWorkerProtocol';
import { addPathTotals, emptyPathTotals, type PathTotals } from './shortestPaths';

/** Below this many sources a worker costs more to start than it saves. */
const WORKER_MIN_SOURCES = 400;

export const runPathsInWorkers: PathRunner = async (graph, sources, onProgress, signal) => {
	const cores = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
	if (cores === 1 || sources.length < WORKER_MIN_SOURCES)
		return runPathsHere(graph, sources, onProgress, signal);
	throwIfAborted(signal);
	const slices = splitSources(sources, cores);
	const fractions = new Float64Array(slices.length);
	const workers = slices.map(
		() => new Worker(new URL('./paths.worker.ts', import.meta.url), { type: 'module' })
	);
	const stop = () => workers.forEach((worker) => worker.terminate());
	try {
		const parts = await Promise.all(
			slices.map(
				(slice, part) =>
					new Promise<PathTotals>((resolve, reject) => {
						const worker = workers[part];
						signal?.addEventListener('abort', () =>
							reject(new DOMException('Cancelled', 'AbortError'))
						);
						worker.onmessage = (event: MessageEvent<PathsResponse>) => {
							const message = event.data;
							if (message.type === 'done') return resolve(message.totals);
							fractions[part] = message.fraction;
							onProgress(fractions.reduce((a, b) => a + b, 0) / slices.length);
						};
						worker.onerror = (event) => reject(new Error(event.message || 'a path worker failed'));
						const { starts, neighbors } = graph;
						worker.postMessage({ starts, neighbors, sources: slice } satisfies PathsRequest);
					})
			)
		);
		const totals = emptyPathTotals(graph.starts.length - 1, sources.length);
		let offset = 0;
		for (const part of parts) {
			addPathTotals(totals, part, offset);
			offset += part.sourceMeanDistance.length;
		}
		return totals;
	} finally {
		stop();
	}
};
