// The page's calendar workers, kept between imports: a new worker compiles ical.js and this reader again as it parses,
// and grows its heap from nothing, which takes a large file's parse about a quarter longer than on a worker that has
// read one.
import { pageThreads, pageWorkerLink } from '../../workers/workerLink';
import type { IcsWorker, IcsWorkerSupply } from './icsWorkerProtocol';

const pageWorker = (): IcsWorker =>
	pageWorkerLink(
		new Worker(new URL('./ics.worker.ts', import.meta.url), { type: 'module' }),
		'the calendar worker failed'
	);

const kept: IcsWorker[] = [];

export const pageIcsWorkers: IcsWorkerSupply = {
	size: pageThreads,
	take: () => kept.pop() ?? pageWorker(),
	release(worker) {
		worker.listen(null);
		if (kept.length < pageThreads()) kept.push(worker);
		else worker.terminate();
	}
};

/** Ends the kept workers (they hold nothing between imports); the next import starts new ones. */
export function stopIcsWorkers(): void {
	for (const worker of kept.splice(0)) worker.terminate();
}
