// The command's calendar workers: Node's worker threads, one a core, ended once the import is done with them (a
// command makes one import, and a live worker thread would keep the process from ending).
import { build } from 'esbuild';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
	IcsResponse,
	IcsWorker,
	IcsWorkerSupply
} from '../lib/ingest/calendar/icsWorkerProtocol';

let bundled: Promise<URL> | undefined;

/**
 * The worker's code as one module, made once per process: a worker thread does not inherit tsx's loader, and loading
 * the worker's hundreds of modules through it took 400 ms a thread, against 110 ms for one bundle (made in about 60).
 */
function workerModule(): Promise<URL> {
	bundled ??= build({
		entryPoints: [fileURLToPath(new URL('./icsWorker.ts', import.meta.url))],
		bundle: true,
		platform: 'node',
		format: 'esm',
		write: false,
		logLevel: 'silent'
	}).then(
		({ outputFiles: [code] }) =>
			new URL(`data:text/javascript;base64,${Buffer.from(code.contents).toString('base64')}`)
	);
	return bundled;
}

/** A worker thread, started as soon as its module is made; what is posted before waits for it, in order. */
function workerThread(): IcsWorker {
	let listeners: { response: (r: IcsResponse) => void; failure?: (m: string) => void } | null =
		null;
	const fail = (message: string) => listeners?.failure?.(message);
	const thread = workerModule().then((module) => {
		const worker = new Worker(module);
		worker.on('message', (response: IcsResponse) => listeners?.response(response));
		worker.on('error', (error) => fail(error.message));
		worker.on('exit', (code) => fail(`the calendar worker stopped (exit code ${code})`));
		return worker;
	});
	thread.catch((error: Error) => fail(`the calendar worker could not start: ${error.message}`));
	return {
		post: (request, transfer = []) =>
			void thread.then((worker) => worker.postMessage(request, transfer)),
		listen(onResponse, onFailure) {
			listeners = onResponse && { response: onResponse, failure: onFailure };
		},
		terminate() {
			listeners = null;
			void thread.then((worker) => worker.terminate());
		}
	};
}

export const nodeIcsWorkers: IcsWorkerSupply = {
	size: () => Math.max(1, Math.min(4, availableParallelism())),
	take: workerThread,
	release: (worker) => worker.terminate()
};
