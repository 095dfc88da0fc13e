// The analysis worker: every measure runs here, so the page stays responsive on large organisations. The layout
// has a worker of its own (src/lib/layout), so the figures show as soon as they are measured.
import { runPathsInWorkers } from '../metrics/pathWorkers';
import { analyzeNetwork } from './analyzeNetwork';
import type { AnalysisMessage, AnalysisRequest } from './protocol';

function post(message: AnalysisMessage): void {
	self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
	try {
		const analysis = await analyzeNetwork(event.data.network, {
			runPaths: runPathsInWorkers,
			onProgress: ({ label, fraction }) => post({ type: 'progress', label, fraction })
		});
		post({ type: 'done', analysis });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
