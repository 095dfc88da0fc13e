// A path worker's work, on the page's workers and the command's worker threads alike: follows shortest paths from the
// slices of the sources it is sent and sends back each slice's totals.
import type { WorkerPort } from '../workers/workerLink';
import { followSlices, progressEvery } from './pathRunner';
import type { PathsRequest, PathsResponse } from './pathsWorkerProtocol';

export function servePathRequests(port: WorkerPort<PathsRequest, PathsResponse>): void {
	port.onRequest(({ starts, neighbors, slices }) => {
		const sources = slices.reduce((sum, slice) => sum + slice.length, 0);
		const onSource = progressEvery(sources, (fraction) =>
			port.answer({ type: 'progress', fraction })
		);
		const totals = followSlices({ starts, neighbors }, slices, onSource);
		port.answer(
			{ type: 'done', totals },
			totals.flatMap((part) => [
				part.dependency.buffer,
				part.dependencySquares.buffer,
				part.distanceSum.buffer,
				part.reachedBy.buffer,
				part.sourceMeanDistance.buffer,
				part.sourceIndex.buffer
			]) as ArrayBuffer[]
		);
	});
}
