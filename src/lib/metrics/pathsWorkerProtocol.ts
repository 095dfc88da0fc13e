// Messages between a path worker and the code that splits the sources among workers.
import type { PathTotals } from './shortestPaths';

export interface PathsRequest {
	starts: Int32Array;
	neighbors: Int32Array;
	sources: Int32Array;
}

export type PathsResponse =
	{ type: 'progress'; fraction: number } | { type: 'done'; totals: PathTotals };
