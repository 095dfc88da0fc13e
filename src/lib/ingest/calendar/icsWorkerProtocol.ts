// Messages between the page and the .ics parsing worker.
import type { CalendarBatches } from './batches';
import type { FileSpan } from './icsOccurrences';
import type { SegmentScan } from './icsParts';
import type { ExpansionWindow } from './types';

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
