// A path worker: follows shortest paths from its share of the sources and sends back the totals.
import { runPathsHere } from './pathRunner';
import type { PathsRequest, PathsResponse } from './pathsWorkerProtocol';

function post(message: PathsResponse, transfer: Transferable[] = []): void {
	self.postMessage(message, { transfer });
}

self.onmessage = async (event: MessageEvent<PathsRequest>) => {
	const { starts, neighbors, sources } = event.data;
	const totals = await runPathsHere({ starts, neighbors }, sources, (fraction) =>
		post({ type: 'progress', fraction })
	);
	post({ type: 'done', totals }, [
		totals.dependency.buffer,
		totals.dependencySquares.buffer,
		totals.distanceSum.buffer,
		totals.reachedBy.buffer,
		totals.sourceMeanDistance.buffer,
		totals.sourceIndex.buffer
	]);
};
