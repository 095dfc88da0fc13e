// The page's path workers (started from the analysis worker).
import { pageWorkerLink } from '../workers/workerLink';
import { pathsOnWorkers } from './pathWorkers';

const pagePaths = pathsOnWorkers({
	threads: () => Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)),
	start: () =>
		pageWorkerLink(
			new Worker(new URL('./paths.worker.ts', import.meta.url), { type: 'module' }),
			'a path worker failed'
		)
});

export const runPathsInWorkers = pagePaths.run;

/** Ends the kept workers; the next pass starts new ones. */
export const stopPathWorkers = pagePaths.stop;
