// A path worker's work, on the page's workers and the command's worker threads alike: follows shortest paths from its
// share of the sources and sends back the totals.
import type { WorkerPort } from '../workers/workerLink';
import { runPathsHere } from './pathRunner';
import type { PathsRequest, PathsResponse } from './pathsWorkerProtocol';

export function servePathRequests(port: WorkerPort<PathsRequest, PathsResponse>): void {
	port.onRequest(async ({ starts, neighbors, sources }) => {
		const totals = await runPathsHere({ starts, neighbors }, sources, (fraction) =>
			port.answer({ type: 'progress', fraction })
		);
		port.answer({ type: 'done', totals }, [
			totals.dependency.buffer,
			totals.dependencySquares.buffer,
			totals.distanceSum.buffer,
			totals.reachedBy.buffer,
			totals.sourceMeanDistance.buffer,
			totals.sourceIndex.buffer
		] as ArrayBuffer[]);
	});
}
