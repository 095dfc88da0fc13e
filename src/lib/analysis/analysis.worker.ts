// The analysis worker: every measure and the layout run here, so the page stays responsive on large organisations.
import { forceLayout } from '../layout/forceLayout';
import { runPathsInWorkers } from '../metrics/pathWorkers';
import { analyzeNetwork } from './analyzeNetwork';
import type { AnalysisMessage, AnalysisRequest } from './protocol';

/** Measures take the first 70% of the progress bar, the layout the rest. */
const MEASURE_SHARE = 0.7;

function post(message: AnalysisMessage, transfer: Transferable[] = []): void {
	self.postMessage(message, { transfer });
}

self.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
	try {
		const { network, practiceCommunities } = event.data;
		const analysis = await analyzeNetwork(network, {
			practiceCommunities,
			runPaths: runPathsInWorkers,
			onProgress: ({ label, fraction }) =>
				post({ type: 'progress', label, fraction: MEASURE_SHARE * fraction })
		});
		const index = new Map(network.people.map((person, i) => [person.id, i]));
		const ties = network.ties.map((tie) => ({
			source: index.get(tie.source) as number,
			target: index.get(tie.target) as number
		}));
		const positions = forceLayout(network.people.length, ties, {
			onProgress: (fraction) =>
				post({
					type: 'progress',
					label: 'Laying out the network',
					fraction: MEASURE_SHARE + (1 - MEASURE_SHARE) * fraction
				})
		});
		post({ type: 'done', analysis, positions }, [positions.buffer]);
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
