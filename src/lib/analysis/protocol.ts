// Messages between the page and the analysis worker.
import type { PracticeCommunity } from '../insight/types';
import type { Analysis, Network } from './types';

export interface AnalysisRequest {
	network: Network;
	/** Found in the calendar tables, which only the page's database holds. */
	practiceCommunities: PracticeCommunity[];
}

export type AnalysisMessage =
	| { type: 'progress'; label: string; fraction: number }
	| { type: 'done'; analysis: Analysis }
	| { type: 'failed'; message: string };
