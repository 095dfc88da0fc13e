// Parses .ics files off the main thread, a file or a share of one per message, so a large calendar never freezes the page.
import { InputError, isInputError } from '../errors';
import { batchBuffers, calendarBatches } from './batches';
import { parseIcsBytes, startIcsShare } from './ics';
import type { Expansion, FileSpan } from './icsOccurrences';
import { mergeScans, scanSegment, segmentStarts, type SegmentScan } from './icsParts';
import type { IcsRequest, IcsResponse } from './icsWorkerProtocol';
import type { ParsedCalendar } from './types';

/** A share's series without end, kept here until the page knows the whole file's span. */
let waiting: { name: string; expansion: Expansion } | null = null;
/** Called with every segment's scan, once the page sends them. */
let scansArrived: ((scans: SegmentScan[]) => void) | null = null;

type Read = ParsedCalendar & { span: FileSpan; endless: number };

async function reply(name: string, read: () => Read | Promise<Read>): Promise<void> {
	try {
		const { events, occurrences, span, endless } = await read();
		const batches = calendarBatches({ events, occurrences });
		// The Arrow buffers move to the page without a copy.
		const response: IcsResponse = { ok: true, batches, span, endless };
		self.postMessage(response, { transfer: batchBuffers(batches) });
	} catch (error) {
		const inputError = isInputError(error)
			? error
			: new InputError(name, error instanceof Error ? error.message : String(error));
		self.postMessage({
			ok: false,
			file: inputError.file,
			problem: inputError.problem,
			line: inputError.line
		} satisfies IcsResponse);
	}
}

/** Scans this worker's segment of the file, sends it, and waits for every worker's. */
function scanTogether(
	bytes: Uint8Array,
	part: { index: number; count: number }
): Promise<SegmentScan[]> {
	const starts = [...segmentStarts(bytes, part.count), bytes.length];
	const scan = scanSegment(bytes, starts[part.index], starts[part.index + 1]);
	return new Promise((resolve) => {
		scansArrived = resolve;
		self.postMessage({ scan } satisfies IcsResponse);
	});
}

async function read(request: Extract<IcsRequest, { type: 'read' }>): Promise<Read> {
	const { name, bytes, window, part } = request;
	const onProgress = (progress: number) => self.postMessage({ progress } satisfies IcsResponse);
	if (part.count === 1) {
		const calendar = parseIcsBytes(name, bytes, { window, onProgress });
		return { ...calendar, span: { from: 0, to: 0 }, endless: 0 };
	}
	// A share decodes only its own events' bytes.
	const scanned = mergeScans(await scanTogether(bytes, part));
	const { events, expansion } = startIcsShare(name, bytes, { window, onProgress, part, scanned });
	waiting = expansion.endless > 0 ? { name, expansion } : null;
	return {
		events,
		occurrences: expansion.bounded(),
		span: expansion.span,
		endless: expansion.endless
	};
}

self.onmessage = (event: MessageEvent<IcsRequest>) => {
	const request = event.data;
	if (request.type === 'read') return void reply(request.name, () => read(request));
	if (request.type === 'scans') {
		scansArrived?.(request.scans);
		scansArrived = null;
		return;
	}
	const held = waiting;
	waiting = null;
	if (held)
		void reply(held.name, () => ({
			events: 0,
			occurrences: held.expansion.endlessWithin(request.window),
			span: held.expansion.span,
			endless: 0
		}));
};
