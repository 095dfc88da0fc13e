// Deals the slices of the shortest-path pass out to path workers, one a core (at most four), then adds up their totals.
// This thread only waits, so the caller computes the other measures meanwhile. The workers are kept between passes, so
// a second analysis neither starts workers nor compiles the pass again.
import {
	addSlices,
	runPathsHere,
	sliceSources,
	throwIfAborted,
	type PathRunner
} from './pathRunner';
import type { PathWorker, PathWorkerSupply } from './pathsWorkerProtocol';
import type { PathTotals } from './shortestPaths';

/** Below this many sources a worker costs more to start than it saves. */
const WORKER_MIN_SOURCES = 400;

/**
 * Deals the slices out to the workers in turn (12 share evenly among one to four); resolves with every slice's totals,
 * in slice order.
 */
function runOnWorkers(
	workers: PathWorker[],
	graph: Parameters<PathRunner>[0],
	slices: Int32Array[],
	onProgress: (fraction: number) => void
): Promise<PathTotals[]> {
	const { starts, neighbors } = graph;
	const dealt = workers.map((_worker, w) =>
		slices.flatMap((_slice, i) => (i % workers.length === w ? [i] : []))
	);
	// Each worker's share costs about the same, so the pass is as far along as the mean of theirs.
	const done = workers.map(() => 0);
	const parts: PathTotals[] = [];
	return Promise.all(
		workers.map(
			(worker, w) =>
				new Promise<void>((resolve, reject) => {
					worker.listen(
						(message) => {
							if (message.type === 'done') {
								message.totals.forEach((part, k) => (parts[dealt[w][k]] = part));
								return resolve();
							}
							done[w] = message.fraction;
							onProgress(done.reduce((sum, d) => sum + d, 0) / workers.length);
						},
						(message) => reject(new Error(message))
					);
					worker.post({ starts, neighbors, slices: dealt[w].map((i) => slices[i]) });
				})
		)
	).then(() => parts);
}

/** A path runner on `supply`'s workers, and what ends the ones it keeps (they hold nothing between passes). */
export function pathsOnWorkers(supply: PathWorkerSupply): { run: PathRunner; stop(): void } {
	/** Started by the first pass that needs them; ended by a cancel or a failure, and started again by the next pass. */
	let pool: PathWorker[] | null = null;
	let poolBusy = false;
	const startWorkers = (count: number) => Array.from({ length: count }, () => supply.start());

	const run: PathRunner = async (graph, sources, onProgress, signal) => {
		const threads = supply.threads();
		if (threads === 1 || sources.length < WORKER_MIN_SOURCES)
			return runPathsHere(graph, sources, onProgress, signal);
		throwIfAborted(signal);
		// A pass started while another is running (the app runs one at a time) gets workers of its own.
		const kept = !poolBusy;
		const workers = kept ? (pool ??= startWorkers(threads)) : startWorkers(threads);
		if (kept) poolBusy = true;
		const end = () => {
			workers.forEach((worker) => worker.terminate());
			if (pool === workers) pool = null;
		};
		let cancel = () => {};
		const cancelled = new Promise<never>((_resolve, reject) => {
			cancel = () => reject(new DOMException('Cancelled', 'AbortError'));
			signal?.addEventListener('abort', cancel, { once: true });
		});
		const fromWorkers = runOnWorkers(workers, graph, sliceSources(sources), onProgress);
		cancelled.catch(() => {});
		try {
			const totals = addSlices(
				graph.starts.length - 1,
				await Promise.race([cancelled, fromWorkers])
			);
			if (!kept) end();
			return totals;
		} catch (error) {
			// Cancelled or failed: the workers may be in the middle of a pass, and terminating them stops it at once.
			end();
			throw error;
		} finally {
			signal?.removeEventListener('abort', cancel);
			// Kept workers must not hold on to this pass.
			for (const worker of workers) worker.listen(null);
			if (kept) poolBusy = false;
		}
	};

	return {
		run,
		stop() {
			pool?.forEach((worker) => worker.terminate());
			pool = null;
		}
	};
}
