// Places people with d3-force, ticked to rest off-screen (static mode): the benchmark and Node use it; the page
// streams the same simulation from the layout worker instead.
import { LayoutSimulation, ticksToSettle, type LayoutMode } from './simulation';

export interface LayoutTie {
	source: number;
	target: number;
}

export interface LayoutOptions {
	/** Team index of each person; without it everyone counts as one team. */
	teams?: ArrayLike<number>;
	mode?: LayoutMode;
	/** Called every few ticks with the share of ticks done. */
	onProgress?: (fraction: number) => void;
	shouldStop?: () => boolean;
}

const PROGRESS_EVERY = 25;

/** Positions as [x0, y0, x1, y1, ...] in the order of the nodes passed in, centred on 0,0. */
export function forceLayout(
	nodeCount: number,
	ties: readonly LayoutTie[],
	options: LayoutOptions = {}
): Float32Array {
	if (options.teams && options.teams.length !== nodeCount)
		throw new Error(`forceLayout: ${options.teams.length} teams given for ${nodeCount} people`);
	const simulation = new LayoutSimulation(
		{
			teams: options.teams ? Uint32Array.from(options.teams) : new Uint32Array(nodeCount),
			sources: Uint32Array.from(ties, (tie) => tie.source),
			targets: Uint32Array.from(ties, (tie) => tie.target)
		},
		options.mode
	);
	const ticks = ticksToSettle(nodeCount);
	for (let tick = 0; tick < ticks; tick++) {
		if (options.shouldStop?.()) break;
		simulation.tick();
		if (tick % PROGRESS_EVERY === 0) options.onProgress?.(tick / ticks);
	}
	return simulation.positions();
}
