// Messages between a path worker and the code that splits the sources among workers.
import type { WorkerLink } from '../workers/workerLink';
import type { PathTotals } from './shortestPaths';

export interface PathsRequest {
	starts: Int32Array;
	neighbors: Int32Array;
	/** Slices of the sources (see sliceSources), each to be summed on its own. */
	slices: Int32Array[];
}

export type PathsResponse =
	{ type: 'progress'; fraction: number } | { type: 'done'; totals: PathTotals[] };

/** A path worker as the pool sees it, the page's Worker or one of Node's worker threads. */
export type PathWorker = WorkerLink<PathsRequest, PathsResponse>;

/** Where a platform's path workers come from. */
export interface PathWorkerSupply {
	/** Path workers a pass uses (one a core, at most four). */
	threads(): number;
	start(): PathWorker;
}
