// Messages between the page and the analysis worker.
import type { Analysis, Network } from './types';

/** The analysis's communities of practice are found by the page (only its database holds the calendar tables). */
export interface AnalysisRequest {
	network: Network;
}

export type AnalysisMessage =
	| { type: 'progress'; label: string; fraction: number }
	/** The analysis but its ties, which are the request's network's. */
	| { type: 'done'; analysis: Omit<Analysis, 'ties'> }
	| { type: 'failed'; message: string };
