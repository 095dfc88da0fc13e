// An .ics parser for the browser: a small pool of workers reads files side by side, and cancelling stops them at once.
import type { IcsParser } from '../importFiles';
import { InputError } from '../errors';
import type { IcsRequest, IcsResponse } from './icsWorkerProtocol';

export interface WorkerParser {
	parse: IcsParser;
	/** Ends the workers; parses in progress reject with an AbortError. */
	close(): void;
}

interface Job {
	request: IcsRequest;
	settle: (response: IcsResponse | Error) => void;
	progress?: (fraction: number) => void;
}

const cancelled = () => new DOMException('The import was cancelled', 'AbortError');

export function icsWorkerParser(signal: AbortSignal): WorkerParser {
	// One worker per core, at most four: parsing is CPU-bound, and each worker holds a whole file.
	const size = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
	const queue: Job[] = [];
	const running = new Map<Worker, Job>();
	const idle: Worker[] = [];
	const workers: Worker[] = [];

	function next(worker: Worker) {
		const job = queue.shift();
		if (!job) return void idle.push(worker);
		running.set(worker, job);
		worker.postMessage(job.request);
	}

	function worker(): Worker {
		const created = new Worker(new URL('./ics.worker.ts', import.meta.url), { type: 'module' });
		created.onmessage = (event: MessageEvent<IcsResponse>) => finish(created, event.data);
		created.onerror = (event) =>
			finish(created, new Error(event.message || 'the calendar worker failed'));
		workers.push(created);
		return created;
	}

	function finish(from: Worker, response: IcsResponse | Error) {
		const job = running.get(from);
		if (!(response instanceof Error) && 'progress' in response)
			return job?.progress?.(response.progress);
		running.delete(from);
		job?.settle(response);
		next(from);
	}

	const abort = () => {
		for (const w of workers) w.terminate();
		for (const job of [...running.values(), ...queue.splice(0)]) job.settle(cancelled());
		running.clear();
	};
	signal.addEventListener('abort', abort, { once: true });

	return {
		parse: (file, window, progress) =>
			new Promise((resolve, reject) => {
				if (signal.aborted) return reject(cancelled());
				queue.push({
					request: { name: file.name, bytes: file.bytes, window },
					progress,
					settle: (response) => {
						if (response instanceof Error) reject(response);
						else if ('progress' in response) return;
						else if (response.ok) resolve(response.calendar);
						else reject(new InputError(response.file, response.problem, response.line));
					}
				});
				const free = idle.pop() ?? (workers.length < size ? worker() : undefined);
				if (free) next(free);
			}),
		close() {
			signal.removeEventListener('abort', abort);
			for (const w of workers) w.terminate();
		}
	};
}
