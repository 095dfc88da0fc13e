// Runs one network's layout in its own worker and hands its positions to the page once per animation frame at most;
// stopping the session terminates the worker.
import type { LayoutGraph, LayoutMode } from './layoutGraph';
import type { LayoutCommand, LayoutMessage, LayoutState } from './protocol';
import type { SimulationStart } from './simulation';

export type { LayoutState };

/** Idle time the page keeps after showing an update, per unit of time the update took to show. */
const IDLE_PER_BUSY = 1;

export interface LayoutCallbacks {
	/** A new array for each update, [x0, y0, x1, y1, ...] in people order; the receiver may keep and change it. */
	onPositions: (positions: Float32Array) => void;
	onState: (state: LayoutState) => void;
	onError?: (message: string) => void;
}

export interface LayoutSession {
	pause(): void;
	resume(): void;
	/** Shakes the layout up again from where it is. */
	reheat(): void;
	setMode(mode: LayoutMode): void;
	/** Holds person `index` at x, y (layout coordinates) until unpinAll. */
	pin(index: number, x: number, y: number): void;
	unpinAll(): void;
	/** Ends the worker; nothing is reported after this. */
	stop(): void;
}

/**
 * Starts laying out `graph` in `mode`, from `from` when given (a warm start); the arrays of both are transferred to
 * the worker, so the caller must not use them after.
 */
export function startLayoutSession(
	graph: LayoutGraph,
	{ mode, from }: { mode: LayoutMode; from?: SimulationStart },
	callbacks: LayoutCallbacks
): LayoutSession {
	const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
	let stopped = false;
	let latest: { positions: Float32Array; state: LayoutState } | null = null;
	let frame: number | undefined;
	const send = (command: LayoutCommand, transfer: Transferable[] = []) => {
		if (!stopped) worker.postMessage(command, transfer);
	};

	// The page shows at most one update per frame and asks for the next once it has, then leaves itself at least
	// as long idle as the drawing took: a page slow to draw slows the stream, and clicks and zooms still get through.
	const show = () => {
		frame = undefined;
		if (stopped || !latest) return;
		const { positions, state } = latest;
		latest = null;
		const began = performance.now();
		callbacks.onPositions(positions);
		callbacks.onState(state);
		// The drawing runs after this callback, before the next task: a zero timeout lands after it.
		setTimeout(() => {
			const busy = performance.now() - began;
			setTimeout(() => send({ type: 'shown' }), IDLE_PER_BUSY * busy);
		}, 0);
	};

	worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
		if (stopped) return;
		const message = event.data;
		if (message.type === 'failed') return callbacks.onError?.(message.message);
		if (message.type === 'positions') {
			latest = { positions: message.positions, state: message.state };
			frame ??= requestAnimationFrame(show);
		} else if (latest) {
			// Newer than the state of the positions waiting for the next frame: shown with them.
			latest.state = message.state;
		} else callbacks.onState(message.state);
	};
	worker.onerror = (event) => {
		if (!stopped) callbacks.onError?.(event.message || 'the layout worker failed');
	};
	send({ type: 'start', graph, mode, from }, [
		graph.teams.buffer,
		graph.sources.buffer,
		graph.targets.buffer,
		...(from ? [from.positions.buffer] : [])
	]);

	return {
		pause: () => send({ type: 'pause' }),
		resume: () => send({ type: 'resume' }),
		reheat: () => send({ type: 'reheat' }),
		setMode: (next) => send({ type: 'mode', mode: next }),
		pin: (index, x, y) => send({ type: 'pin', index, x, y }),
		unpinAll: () => send({ type: 'unpinAll' }),
		stop() {
			stopped = true;
			if (frame !== undefined) cancelAnimationFrame(frame);
			worker.terminate();
		}
	};
}
