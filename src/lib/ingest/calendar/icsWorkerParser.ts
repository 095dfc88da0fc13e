// An .ics parser on workers (the page's, or Node's worker threads for the command): a pool reads files side by side, a
// large file is read in shares by several workers at once, and cancelling stops them all.
import type { IcsParser } from '../importFiles';
import type { InputFile } from '../inputFile';
import { InputError } from '../errors';
import type { CalendarBatches } from './batches';
import { endlessWindow, type FileSpan } from './icsOccurrences';
import type { SegmentScan } from './icsParts';
import type { IcsRequest, IcsResponse, IcsWorker, IcsWorkerSupply } from './icsWorkerProtocol';

export interface WorkerParser {
	parse: IcsParser;
	/** Gives the idle workers back to their supply (the page keeps them for its next import), and ends any still busy. */
	close(): void;
}

type Answer = Extract<IcsResponse, { ok: true }>;

/** From this size a file is dealt out to several workers: below it, starting them costs more than it saves. */
export const SHARES_MIN_BYTES = 4_000_000;

/** Whether the file's bytes may move to a worker: the import owns them, and they are not a view into larger bytes. */
function mayTake(file: InputFile): boolean {
	const { bytes } = file;
	return (
		file.owned === true && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
	);
}

const cancelled = () => new DOMException('The import was cancelled', 'AbortError');

export function icsWorkerParser(signal: AbortSignal, supply: IcsWorkerSupply): WorkerParser {
	const size = supply.size();
	const live = new Set<IcsWorker>();
	const pending = new Set<(error: Error) => void>();
	const idle: IcsWorker[] = [];
	const waitingForWorker: ((worker: IcsWorker) => void)[] = [];
	// Large files take every core, so they are read one after another.
	let largeFiles: Promise<unknown> = Promise.resolve();

	function start(): IcsWorker {
		const worker = supply.take();
		live.add(worker);
		return worker;
	}

	/** Ends a worker of this parser, idle or busy: it is never kept. */
	function end(worker: IcsWorker) {
		worker.terminate();
		live.delete(worker);
		const at = idle.indexOf(worker);
		if (at !== -1) idle.splice(at, 1);
	}

	/** Sends one request and waits for its answer, passing progress (and a share's scan) on. */
	function ask(
		worker: IcsWorker,
		request: IcsRequest,
		progress?: (f: number) => void,
		transfer: ArrayBuffer[] = [],
		scanned?: (scan: SegmentScan) => void
	): Promise<Answer> {
		return new Promise((resolve, reject) => {
			if (signal.aborted) return reject(cancelled());
			const fail = (error: Error) => {
				pending.delete(fail);
				reject(error);
			};
			pending.add(fail);
			const answered = (data: IcsResponse) => {
				if ('progress' in data) return progress?.(data.progress);
				if ('scan' in data) return scanned?.(data.scan);
				pending.delete(fail);
				if (data.ok) resolve(data);
				else reject(new InputError(data.file, data.problem, data.line));
			};
			worker.listen(answered, (message) => fail(new Error(message)));
			worker.post(request, transfer);
		});
	}

	async function pooled<T>(work: (worker: IcsWorker) => Promise<T>): Promise<T> {
		const worker =
			idle.pop() ??
			(live.size < size ? start() : await new Promise<IcsWorker>((r) => waitingForWorker.push(r)));
		try {
			return await work(worker);
		} finally {
			const next = waitingForWorker.shift();
			if (next) next(worker);
			else if (live.has(worker)) idle.push(worker);
		}
	}

	/**
	 * Every worker scans a segment of the file, and reads its share of the events once it has every segment's scan;
	 * series without end then expand within the span they all report.
	 */
	async function readInShares(
		request: Extract<IcsRequest, { type: 'read' }>,
		takesBytes: boolean,
		progress?: (fraction: number) => void
	): Promise<CalendarBatches[]> {
		const shares = Array.from({ length: size }, () => idle.pop() ?? start());
		let finished = false;
		try {
			const done = shares.map(() => 0);
			const scans: SegmentScan[] = [];
			let scanning = size;
			const scanned = (index: number) => (scan: SegmentScan) => {
				scans[index] = scan;
				if (--scanning > 0) return;
				const request: IcsRequest = { type: 'scans', scans };
				for (const worker of shares) worker.post(request);
			};
			const first = await Promise.all(
				shares.map((worker, index) => {
					// Each worker is handed bytes of its own to keep, so it need not copy them again on arrival: copies
					// made here, and the file's own bytes for the last worker when the import owns them.
					const last = index === size - 1;
					const bytes = last && takesBytes ? request.bytes : request.bytes.slice();
					const part = { index, count: size };
					const onProgress = (share: number) => {
						done[index] = share;
						progress?.(done.reduce((sum, d) => sum + d, 0) / size);
					};
					return ask(
						worker,
						{ ...request, bytes, part },
						onProgress,
						[bytes.buffer as ArrayBuffer],
						scanned(index)
					);
				})
			);
			const spans: FileSpan[] = first.map((answer) => answer.span);
			const window = request.window ?? endlessWindow(spans);
			const endless = await Promise.all(
				shares.map((worker, i) =>
					first[i].endless > 0 ? ask(worker, { type: 'expand', window }) : null
				)
			);
			finished = true;
			return [...first, ...endless].flatMap((answer) => (answer ? [answer.batches] : []));
		} finally {
			// When a share fails, the others may still wait for its scan: only workers that all finished are kept.
			if (finished) idle.push(...shares);
			else shares.forEach(end);
		}
	}

	const abort = () => {
		for (const worker of [...live]) end(worker);
		for (const fail of [...pending]) fail(cancelled());
	};
	signal.addEventListener('abort', abort, { once: true });

	return {
		async parse(file, window, progress) {
			const request = {
				type: 'read',
				name: file.name,
				bytes: file.bytes,
				window,
				part: { index: 0, count: 1 }
			} as const;
			if (file.bytes.length < SHARES_MIN_BYTES || size === 1) {
				const answer = await pooled((worker) => ask(worker, request, progress));
				return [answer.batches];
			}
			const read = largeFiles.then(() => readInShares(request, mayTake(file), progress));
			largeFiles = read.catch(() => undefined);
			return read;
		},
		close() {
			signal.removeEventListener('abort', abort);
			for (const worker of idle.splice(0)) {
				live.delete(worker);
				supply.release(worker);
			}
			for (const worker of [...live]) end(worker);
		}
	};
}
