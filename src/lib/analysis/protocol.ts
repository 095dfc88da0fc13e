// Messages between the page and the analysis worker.
import type { Analysis, Network } from './types';

export interface AnalysisRequest {
	network: Network;
}

export type AnalysisMessage =
	| { type: 'progress'; label: string; fraction: number }
	| { type: 'done'; analysis: Analysis; positions: Float32Array }
	| { type: 'failed'; message: string };
