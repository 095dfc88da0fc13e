// The layout worker: ticks the force simulation in short slices, so commands get through between them, and streams
// positions to the page at most every FRAME_MS, and only once the page has shown the previous ones.
import type { LayoutCommand, LayoutMessage, LayoutState } from './protocol';
import { LayoutSimulation, SIMULATION_DEFAULTS } from './simulation';

/** Longest run of ticks before looking at the page's commands again. */
const SLICE_MS = 12;
/** At most ~20 position updates a second. */
const FRAME_MS = 50;

let simulation: LayoutSimulation | undefined;
let paused = false;
let stepQueued = false;
let waitingForPage = false;
let unsent = false;
let lastPost = -Infinity;
let flushTimer: ReturnType<typeof setTimeout> | undefined;
let lastState = '';

// A message to ourselves yields to the event loop without setTimeout's 4 ms clamp. Node (the unit tests) drains
// such messages before its timers, so there setImmediate does the same job.
const yieldThenStep = ((): (() => void) => {
	const runStep = () => guarded(step);
	if (typeof setImmediate === 'function') return () => setImmediate(runStep);
	const channel = new MessageChannel();
	channel.port1.onmessage = runStep;
	return () => channel.port2.postMessage(null);
})();

function post(message: LayoutMessage, transfer: Transferable[] = []): void {
	self.postMessage(message, { transfer });
}

function running(): boolean {
	return simulation !== undefined && !paused && !simulation.settled;
}

function state(): LayoutState {
	return { running: running(), paused, settled: simulation?.settledShare ?? 1 };
}

/** Tells the page when running or paused changed; the settled share rides along with positions. */
function postStateIfChanged(): void {
	const now = state();
	const key = `${now.running}|${now.paused}`;
	if (key === lastState) return;
	lastState = key;
	post({ type: 'state', state: now });
}

function queueStep(): void {
	if (stepQueued || !running()) return;
	stepQueued = true;
	yieldThenStep();
}

function step(): void {
	stepQueued = false;
	if (!simulation || !running()) return;
	const start = performance.now();
	do simulation.tick();
	while (!simulation.settled && performance.now() - start < SLICE_MS);
	// At rest, the last positions carry the news, so the page never says settled before it shows them.
	unsent = true;
	flush();
	queueStep();
}

/** Sends the current positions if the page is ready for them and the last ones are old enough. */
function flush(): void {
	if (!simulation || !unsent || waitingForPage) return;
	const wait = lastPost + FRAME_MS - performance.now();
	if (wait > 0) {
		// While ticking, the next slice calls again; at rest, a timer sends the last positions.
		if (!running())
			flushTimer ??= setTimeout(() => {
				flushTimer = undefined;
				flush();
			}, wait);
		return;
	}
	const positions = simulation.positions();
	const now = state();
	lastState = `${now.running}|${now.paused}`;
	post({ type: 'positions', positions, state: now }, [positions.buffer]);
	lastPost = performance.now();
	waitingForPage = true;
	unsent = false;
}

/** Ticking again (or still): the page hears so at once, and sees the first positions after the next slice. */
function carryOn(): void {
	queueStep();
	postStateIfChanged();
}

function handle(command: LayoutCommand): void {
	if (command.type === 'start') {
		simulation = new LayoutSimulation(command.graph, command.mode, command.from);
		paused = waitingForPage = unsent = false;
		lastPost = -Infinity;
		lastState = '';
		// The page drew these same starting positions itself; ticking begins at once.
		return carryOn();
	}
	if (command.type === 'shown') {
		waitingForPage = false;
		flush();
		return;
	}
	if (!simulation) return;
	switch (command.type) {
		case 'pause':
			paused = true;
			postStateIfChanged();
			return;
		case 'resume':
			paused = false;
			if (simulation.settled) simulation.reheat(SIMULATION_DEFAULTS.nudgeAlpha);
			return carryOn();
		case 'reheat':
			paused = false;
			simulation.reheat(SIMULATION_DEFAULTS.reheatAlpha);
			return carryOn();
		case 'mode':
			paused = false;
			simulation.setMode(command.mode);
			return carryOn();
		case 'pin':
			// A drag while paused moves only the person dragged; otherwise the others make room.
			simulation.pin(command.index, command.x, command.y);
			if (!paused) simulation.reheat(SIMULATION_DEFAULTS.nudgeAlpha);
			unsent = true;
			flush();
			return carryOn();
		case 'unpinAll':
			paused = false;
			simulation.unpinAll();
			simulation.reheat(SIMULATION_DEFAULTS.nudgeAlpha);
			return carryOn();
	}
}

function guarded(work: () => void): void {
	try {
		work();
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
}

self.onmessage = (event: MessageEvent<LayoutCommand>) => guarded(() => handle(event.data));
