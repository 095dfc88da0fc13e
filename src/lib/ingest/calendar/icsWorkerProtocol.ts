// Messages between the page (or the command) and an .ics parsing worker, and what each side needs of the other.
import type { CalendarBatches } from './batches';
import type { FileSpan } from './icsOccurrences';
import type { SegmentScan } from './icsParts';
import type { ExpansionWindow } from './types';
import type { WorkerLink, WorkerPort } from '../../workers/workerLink';

export type IcsRequest =
	/** Read a whole file (part 0 of 1), or one share of a large file's events. */
	| {
			type: 'read';
			name: string;
			bytes: Uint8Array;
			window: ExpansionWindow | undefined;
			part: { index: number; count: number };
	  }
	/** Every worker's scan of its segment of the file, in order, once all have sent theirs. */
	| { type: 'scans'; scans: SegmentScan[] }
	/** After a share: expand its series without end within the span every share reported. */
	| { type: 'expand'; window: ExpansionWindow };

export type IcsResponse =
	| { progress: number }
	/** A share's worker has scanned its segment; it reads its share once it has every segment's scan. */
	| { scan: SegmentScan }
	| { ok: true; batches: CalendarBatches; span: FileSpan; endless: number }
	| { ok: false; file: string; problem: string; line: number | undefined };

/** A parsing worker as the pool sees it, whether the page's Worker or one of Node's worker threads. */
export type IcsWorker = WorkerLink<IcsRequest, IcsResponse>;

/** Where parsing workers come from on a platform, and where they go once the pool is done with them. */
export interface IcsWorkerSupply {
	/** How many workers one import uses at most: a large file is read in as many shares. */
	size(): number;
	/** A worker, new or kept from an earlier import. */
	take(): IcsWorker;
	/** Takes back a worker that finished its work, to keep or to end. */
	release(worker: IcsWorker): void;
}

/** The worker's side of the messages. */
export type IcsPort = WorkerPort<IcsRequest, IcsResponse>;
