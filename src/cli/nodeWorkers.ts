// Node's worker threads as WorkerLinks, for the command: the workers' code is bundled once per process by esbuild.
import { buildSync } from 'esbuild';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { threadsFor, type WorkerLink } from '../lib/workers/workerLink';

/** threadsFor this machine's cores, as on the page. */
export const nodeThreads = () => threadsFor(availableParallelism());

const bundles = new Map<string, URL>();

/**
 * A worker's code as one module: a worker thread does not inherit tsx's loader, and loading the calendar worker's
 * hundreds of modules through it took 400 ms a thread, against 110 ms for one bundle (made in about 60). It is made
 * synchronously: a thread whose start waited on the event loop would wait for the measures this thread runs meanwhile.
 */
function bundled(entry: URL): URL {
	let module = bundles.get(entry.href);
	if (!module) {
		const [code] = buildSync({
			entryPoints: [fileURLToPath(entry)],
			bundle: true,
			platform: 'node',
			format: 'esm',
			write: false,
			logLevel: 'silent'
		}).outputFiles;
		module = new URL(
			`data:text/javascript;base64,${Buffer.from(code.contents).toString('base64')}`
		);
		bundles.set(entry.href, module);
	}
	return module;
}

/** A worker thread running `entry`; it keeps the process alive only while something listens to it. */
export function nodeWorkerLink<Request, Response>(entry: URL): WorkerLink<Request, Response> {
	let listeners: { response: (r: Response) => void; failure?: (m: string) => void } | null = null;
	const fail = (message: string) => listeners?.failure?.(message);
	const worker = new Worker(bundled(entry));
	worker.unref();
	worker.on('message', (response: Response) => listeners?.response(response));
	worker.on('error', (error) => fail(error.message));
	worker.on('exit', (code) => fail(`a worker thread stopped (exit code ${code})`));
	return {
		post: (request, transfer = []) => worker.postMessage(request, transfer),
		listen(onResponse, onFailure) {
			listeners = onResponse && { response: onResponse, failure: onFailure };
			if (listeners) worker.ref();
			else worker.unref();
		},
		terminate() {
			listeners = null;
			void worker.terminate();
		}
	};
}
