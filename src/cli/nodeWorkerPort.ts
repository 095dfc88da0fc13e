// The worker's side on one of the command's worker threads (apart from nodeWorkers.ts, which the bundle must not hold).
import { parentPort } from 'node:worker_threads';
import type { WorkerPort } from '../lib/workers/workerLink';

export function nodeWorkerPort<Request, Response>(): WorkerPort<Request, Response> {
	const port = parentPort!;
	return {
		answer: (response, transfer = []) => port.postMessage(response, transfer),
		onRequest: (handle) => port.on('message', handle)
	};
}
