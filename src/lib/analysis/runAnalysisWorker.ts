// Runs one analysis in the analysis worker. The worker (and its path workers) is kept for the next analysis, which then
// starts warm; cancelling terminates it, which stops the work at once, and the next analysis starts a new one.
import type { PracticeCommunity } from '../insight/types';
import type { Analysis, Network } from './types';
import type { AnalysisMessage, AnalysisRequest } from './protocol';

/** A worker that finished its analysis and waits for the next; at most one is kept. */
let idle: Worker | null = null;

function takeWorker(): Worker {
	const worker =
		idle ?? new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
	idle = null;
	return worker;
}

function keep(worker: Worker): void {
	worker.onmessage = worker.onerror = null;
	if (idle) worker.terminate();
	else idle = worker;
}

/** Ends the kept worker, if any (it holds no data between analyses); the next analysis starts a new one. */
export function stopAnalysisWorkers(): void {
	idle?.terminate();
	idle = null;
}

/**
 * Measures a network in the worker. Its communities of practice, which the measures only pass on, may still be on their
 * way from DuckDB: found there while the worker measures, they cost no time of their own.
 */
export async function runAnalysisWorker(
	request: {
		network: Network;
		practiceCommunities: PracticeCommunity[] | Promise<PracticeCommunity[]>;
	},
	onProgress: (label: string, fraction: number) => void,
	signal: AbortSignal
): Promise<Analysis> {
	const [measured, practiceCommunities] = await Promise.all([
		measureInWorker({ network: request.network }, onProgress, signal),
		request.practiceCommunities
	]);
	return { ...measured, practiceCommunities };
}

function measureInWorker(
	request: AnalysisRequest,
	onProgress: (label: string, fraction: number) => void,
	signal: AbortSignal
): Promise<Analysis> {
	return new Promise((resolve, reject) => {
		if (signal.aborted) return reject(new DOMException('The analysis was cancelled', 'AbortError'));
		const worker = takeWorker();
		const settle = (reusable: boolean) => {
			signal.removeEventListener('abort', abort);
			if (reusable) keep(worker);
			else worker.terminate();
		};
		const abort = () => {
			settle(false);
			reject(new DOMException('The analysis was cancelled', 'AbortError'));
		};
		signal.addEventListener('abort', abort);
		worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
			const message = event.data;
			if (message.type === 'progress') onProgress(message.label, message.fraction);
			else if (message.type === 'done') {
				settle(true);
				resolve({ ...message.analysis, ties: request.network.ties });
			} else {
				settle(false);
				reject(new Error(message.message));
			}
		};
		worker.onerror = (event) => {
			settle(false);
			reject(new Error(event.message || 'the analysis worker failed'));
		};
		worker.postMessage(request);
	});
}
