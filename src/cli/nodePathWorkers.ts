// The command's path workers: Node's worker threads, kept between the passes of one command (compare makes two), and
// idle ones never hold the process open.
import { pathsOnWorkers } from '../lib/metrics/pathWorkers';
import type { PathWorkerSupply } from '../lib/metrics/pathsWorkerProtocol';
import { nodeThreads, nodeWorkerLink } from './nodeWorkers';

export const nodePathWorkers: PathWorkerSupply = {
	threads: nodeThreads,
	start: () => nodeWorkerLink(new URL('./pathsWorker.ts', import.meta.url))
};

export const runPathsOnThreads = pathsOnWorkers(nodePathWorkers).run;
