// The command's calendar workers: Node's worker threads, ended once the import is done with them (a command makes one
// import, and a worker started again costs less than one kept idle for an import that never comes).
import type { IcsWorkerSupply } from '../lib/ingest/calendar/icsWorkerProtocol';
import { nodeThreads, nodeWorkerLink } from './nodeWorkers';

export const nodeIcsWorkers: IcsWorkerSupply = {
	size: nodeThreads,
	take: () => nodeWorkerLink(new URL('./icsWorker.ts', import.meta.url)),
	release: (worker) => worker.terminate()
};
