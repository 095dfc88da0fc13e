// Messages between the page and the layout worker.
import type { LayoutGraph, LayoutMode } from './layoutGraph';
import type { SimulationStart } from './simulation';

export interface LayoutState {
	/** The simulation is ticking now. */
	running: boolean;
	/** Stopped by the user (not at rest): resume carries on from here. */
	paused: boolean;
	/** 0 just reheated .. 1 at rest. */
	settled: number;
}

export type LayoutCommand =
	/** `from`: a warm start from an earlier picture; without it the layout starts from its own first frame. */
	| { type: 'start'; graph: LayoutGraph; mode: LayoutMode; from?: SimulationStart }
	| { type: 'pause' }
	| { type: 'resume' }
	| { type: 'reheat' }
	| { type: 'mode'; mode: LayoutMode }
	| { type: 'pin'; index: number; x: number; y: number }
	| { type: 'unpinAll' }
	/** The page has shown the last positions sent: the worker may send the next. */
	| { type: 'shown' };

export type LayoutMessage =
	/** A fresh array each time, transferred: [x0, y0, x1, y1, ...] in people order. */
	| { type: 'positions'; positions: Float32Array; state: LayoutState }
	| { type: 'state'; state: LayoutState }
	| { type: 'failed'; message: string };
