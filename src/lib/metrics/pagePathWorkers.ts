// The page's path workers (started from the analysis worker).
import { pageThreads, pageWorkerLink } from '../workers/workerLink';
import { pathsOnWorkers } from './pathWorkers';

const pagePaths = pathsOnWorkers({
	threads: pageThreads,
	start: () =>
		pageWorkerLink(
			new Worker(new URL('./paths.worker.ts', import.meta.url), { type: 'module' }),
			'a path worker failed'
		)
});

export const runPathsInWorkers = pagePaths.run;

/** Ends the kept workers; the next pass starts new ones. */
export const stopPathWorkers = pagePaths.stop;
