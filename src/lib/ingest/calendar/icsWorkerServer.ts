// Answers .ics parsing requests in a worker, a file or a share of one per message: the page's worker and the command's
// worker threads both run it, so a large calendar never freezes the page and is read on every core.
import { InputError, isInputError } from '../errors';
import { batchBuffers, calendarBatches } from './batches';
import { parseIcsBytes, startIcsShare } from './ics';
import type { Expansion, FileSpan } from './icsOccurrences';
import { mergeScans, scanSegment, segmentStarts, type SegmentScan } from './icsParts';
import type { IcsPort, IcsRequest } from './icsWorkerProtocol';
import type { ParsedCalendar } from './types';

type Read = ParsedCalendar & { span: FileSpan; endless: number };

export function serveIcsRequests(port: IcsPort): void {
	/** A share's series without end, kept here until the pool knows the whole file's span. */
	let waiting: { name: string; expansion: Expansion } | null = null;
	/** Called with every segment's scan, once the pool sends them. */
	let scansArrived: ((scans: SegmentScan[]) => void) | null = null;

	async function reply(name: string, read: () => Read | Promise<Read>): Promise<void> {
		try {
			const { events, occurrences, unknownZones, span, endless } = await read();
			const batches = calendarBatches({ events, occurrences, unknownZones });
			// The Arrow buffers move to the pool without a copy.
			port.answer({ ok: true, batches, span, endless }, batchBuffers(batches));
		} catch (error) {
			const inputError = isInputError(error)
				? error
				: new InputError(name, error instanceof Error ? error.message : String(error));
			port.answer({
				ok: false,
				file: inputError.file,
				problem: inputError.problem,
				line: inputError.line
			});
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
			port.answer({ scan });
		});
	}

	async function read(request: Extract<IcsRequest, { type: 'read' }>): Promise<Read> {
		const { name, bytes, window, part } = request;
		const onProgress = (progress: number) => port.answer({ progress });
		if (part.count === 1) {
			const calendar = parseIcsBytes(name, bytes, { window, onProgress });
			return { ...calendar, span: { from: 0, to: 0 }, endless: 0 };
		}
		// A share decodes only its own events' bytes.
		const scanned = mergeScans(await scanTogether(bytes, part));
		const { events, expansion, unknownZones } = startIcsShare(name, bytes, {
			window,
			onProgress,
			part,
			scanned
		});
		waiting = expansion.endless > 0 ? { name, expansion } : null;
		return {
			events,
			unknownZones,
			occurrences: expansion.bounded(),
			span: expansion.span,
			endless: expansion.endless
		};
	}

	port.onRequest((request) => {
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
				// The share named its zones when it was read.
				unknownZones: [],
				span: held.expansion.span,
				endless: 0
			}));
	});
}
