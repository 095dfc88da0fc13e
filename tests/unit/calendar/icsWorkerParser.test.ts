// The browser's pool of calendar workers, on a stand-in for the platform's Worker that answers as ics.worker.ts does:
// which workers an import reuses, and that a cancelled import never leaves an ended worker for the next.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { icsWorkerParser } from '../../../src/lib/ingest/calendar/icsWorkerParser';
import { pageIcsWorkers, stopIcsWorkers } from '../../../src/lib/ingest/calendar/pageIcsWorkers';
import type { IcsRequest } from '../../../src/lib/ingest/calendar/icsWorkerProtocol';
import type { InputFile } from '../../../src/lib/ingest/inputFile';

/** Answers each request on a later task, as a worker would; once terminated, it never answers again. */
class StandInWorker {
	static made: StandInWorker[] = [];
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: ((event: { message: string }) => void) | null = null;
	terminated = false;
	/** Messages posted to it after it was terminated, which a real worker would drop. */
	lostMessages = 0;

	constructor() {
		StandInWorker.made.push(this);
	}

	postMessage(request: IcsRequest): void {
		if (this.terminated) {
			this.lostMessages++;
			return;
		}
		const answer = () => ({
			ok: true,
			batches: { events: 0 },
			span: { from: 0, to: 0 },
			endless: 0
		});
		// A share first reports its scan, and reads once the page sends every share's.
		const shared = request.type === 'read' && request.part.count > 1;
		setTimeout(() => this.onmessage?.({ data: shared ? { scan: {} } : answer() }), 1);
	}

	terminate(): void {
		this.terminated = true;
	}
}

const CORES = 2;
const small: InputFile = { name: 'small.ics', bytes: new Uint8Array(100) };
/** At least the size from which a file is read in shares, one worker a core. */
const large: InputFile = { name: 'large.ics', bytes: new Uint8Array(4_000_000) };

/** Resolves with the parse's outcome, or 'hung' when it has not settled within a second. */
function settles(parse: Promise<unknown>): Promise<'done' | 'failed' | 'hung'> {
	const hung = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 1_000));
	return Promise.race([
		parse.then(
			() => 'done' as const,
			() => 'failed' as const
		),
		hung
	]);
}

describe('the pool of calendar workers', () => {
	beforeEach(() => {
		StandInWorker.made = [];
		vi.stubGlobal('Worker', StandInWorker);
		vi.stubGlobal('navigator', { hardwareConcurrency: CORES });
	});
	afterEach(() => {
		stopIcsWorkers();
		vi.unstubAllGlobals();
	});

	it('reads the next import on the workers the last one kept', async () => {
		const first = icsWorkerParser(new AbortController().signal, pageIcsWorkers);
		await first.parse(large, undefined);
		first.close();
		expect(StandInWorker.made).toHaveLength(CORES);
		const next = icsWorkerParser(new AbortController().signal, pageIcsWorkers);
		await next.parse(large, undefined);
		await next.parse(small, undefined);
		next.close();
		expect(StandInWorker.made).toHaveLength(CORES);
		expect(StandInWorker.made.every((worker) => !worker.terminated)).toBe(true);
	});

	it('keeps no worker of a cancelled import, even one that had finished its file', async () => {
		const work = new AbortController();
		const cancelled = icsWorkerParser(work.signal, pageIcsWorkers);
		// The file is read, and the import is cancelled after (while its tables are written, say).
		await cancelled.parse(large, undefined);
		work.abort();
		cancelled.close();
		expect(StandInWorker.made.every((worker) => worker.terminated)).toBe(true);
		const next = icsWorkerParser(new AbortController().signal, pageIcsWorkers);
		expect(await settles(next.parse(large, undefined))).toBe('done');
		next.close();
		expect(StandInWorker.made).toHaveLength(2 * CORES);
		expect(StandInWorker.made.reduce((lost, worker) => lost + worker.lostMessages, 0)).toBe(0);
	});

	it('ends every worker when all data is deleted', async () => {
		const parser = icsWorkerParser(new AbortController().signal, pageIcsWorkers);
		await parser.parse(large, undefined);
		parser.close();
		stopIcsWorkers();
		expect(StandInWorker.made.every((worker) => worker.terminated)).toBe(true);
	});
});
