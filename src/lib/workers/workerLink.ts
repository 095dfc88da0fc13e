// A worker as the code that hands it work sees it, and the worker's side of the messages: the same on the page's
// Workers and on Node's worker threads, so a pool written once runs on both.

/** The pool's side: requests out, responses and failures in. */
export interface WorkerLink<Request, Response> {
	/** Sends a request; the buffers in `transfer` move to the worker instead of being copied. */
	post(request: Request, transfer?: ArrayBuffer[]): void;
	/** Replaces the listeners; null stops listening (and lets a Node process end while the worker idles). */
	listen(
		onResponse: ((response: Response) => void) | null,
		onFailure?: (message: string) => void
	): void;
	terminate(): void;
}

/** The worker's side: responses go out with their buffers moved, not copied. */
export interface WorkerPort<Request, Response> {
	answer(response: Response, transfer?: ArrayBuffer[]): void;
	onRequest(handle: (request: Request) => void): void;
}

/** Threads for CPU-bound work: one a core, at most four (each holds its own copy of the work's data). */
export const threadsFor = (cores: number) => Math.max(1, Math.min(4, cores));

/** threadsFor the page's cores. */
export const pageThreads = () => threadsFor(navigator.hardwareConcurrency || 2);

/** A page's Worker as a link; `failed` is the message when the worker fails without one. */
export function pageWorkerLink<Request, Response>(
	worker: Worker,
	failed: string
): WorkerLink<Request, Response> {
	return {
		post: (request, transfer = []) => worker.postMessage(request, transfer),
		listen(onResponse, onFailure) {
			worker.onmessage = onResponse && (({ data }) => onResponse(data));
			worker.onerror = onFailure ? (event) => onFailure(event.message || failed) : null;
		},
		terminate: () => worker.terminate()
	};
}

/** The worker's side in a page's Worker. */
export function pageWorkerPort<Request, Response>(): WorkerPort<Request, Response> {
	return {
		answer: (response, transfer = []) => self.postMessage(response, { transfer }),
		onRequest: (handle) => {
			self.onmessage = (event: MessageEvent<Request>) => handle(event.data);
		}
	};
}
