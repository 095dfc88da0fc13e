// Splits the shortest-path pass by source over path workers, one a core (at most four), then adds up their totals.
// This thread only waits, so the caller computes the other measures meanwhile. The workers are kept between passes, so
// a second analysis neither starts workers nor compiles the pass again.
import { runPathsHere, splitSources, throwIfAborted, type PathRunner } from './pathRunner';
import type { PathWorker, PathWorkerSupply } from './pathsWorkerProtocol';
import { addPathTotals, emptyPathTotals, type PathTotals } from './shortestPaths';

/** Below this many sources a worker costs more to start than it saves. */
const WORKER_MIN_SOURCES = 400;

/** Sends each worker its slice; resolves with their totals, in the order of the slices. */
function runOnWorkers(
	workers: PathWorker[],
	graph: Parameters<PathRunner>[0],
	slices: Int32Array[],
	onProgress: (fraction: number) => void
): Promise<PathTotals[]> {
	const { starts, neighbors } = graph;
	// Slices cost about the same, so the pass is as far along as the mean of theirs.
	const done = slices.map(() => 0);
	return Promise.all(
		slices.map(
			(slice, part) =>
				new Promise<PathTotals>((resolve, reject) => {
					const worker = workers[part];
					worker.listen(
						(message) => {
							if (message.type === 'done') return resolve(message.totals);
							done[part] = message.fraction;
							onProgress(done.reduce((sum, d) => sum + d, 0) / slices.length);
						},
						(message) => reject(new Error(message))
					);
					worker.post({ starts, neighbors, sources: slice });
				})
		)
	);
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
		const fromWorkers = runOnWorkers(workers, graph, splitSources(sources, threads), onProgress);
		cancelled.catch(() => {});
		try {
			const parts = await Promise.race([cancelled, fromWorkers]);
			const totals = emptyPathTotals(graph.starts.length - 1, sources.length);
			let offset = 0;
			for (const part of parts) {
				addPathTotals(totals, part, offset);
				offset += part.sourceMeanDistance.length;
			}
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
