// An .ics parser for the browser that runs in a worker, reports each file done, and stops at once when cancelled.
import type { IcsParser } from '../importFiles';
import { InputError } from '../errors';
import type { IcsRequest, IcsResponse } from './icsWorkerProtocol';

export interface WorkerParser {
	parse: IcsParser;
	/** Ends the worker; a parse in progress rejects with an AbortError. */
	close(): void;
}

export function icsWorkerParser(signal: AbortSignal): WorkerParser {
	const worker = new Worker(new URL('./ics.worker.ts', import.meta.url), { type: 'module' });
	let pending: ((response: IcsResponse | Error) => void) | undefined;
	const abort = () => {
		worker.terminate();
		pending?.(new DOMException('The import was cancelled', 'AbortError'));
	};
	signal.addEventListener('abort', abort, { once: true });
	worker.onmessage = (event: MessageEvent<IcsResponse>) => pending?.(event.data);
	worker.onerror = (event) => pending?.(new Error(event.message || 'the calendar worker failed'));
	return {
		parse: (file, window) =>
			new Promise((resolve, reject) => {
				if (signal.aborted)
					return reject(new DOMException('The import was cancelled', 'AbortError'));
				pending = (response) => {
					pending = undefined;
					if (response instanceof Error) reject(response);
					else if (response.ok) resolve(response.calendar);
					else reject(new InputError(response.file, response.problem, response.line));
				};
				worker.postMessage({ name: file.name, bytes: file.bytes, window } satisfies IcsRequest);
			}),
		close() {
			signal.removeEventListener('abort', abort);
			worker.terminate();
		}
	};
}
