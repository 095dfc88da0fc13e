// The command's .ics parsing worker thread: the page's worker, on Node's worker_threads.
import { parentPort } from 'node:worker_threads';
import { serveIcsRequests } from '../lib/ingest/calendar/icsWorkerServer';

const port = parentPort!;
serveIcsRequests({
	answer: (response, transfer = []) => port.postMessage(response, transfer),
	onRequest: (handle) => port.on('message', handle)
});
