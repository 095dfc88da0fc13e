// The browser benchmark's page: times the analysis worker's measures on a synthetic organisation, as the app runs them.
import type { AnalysisMessage, AnalysisRequest } from '../../src/lib/analysis/protocol';
import { syntheticOrganisation } from '../syntheticOrganisation';

/** Milliseconds from sending the network to the worker until every measure is done (the layout then starts). */
function timeMeasures(people: number, tiesPerPerson: number): Promise<number> {
	const network = syntheticOrganisation(people, tiesPerPerson);
	const worker = new Worker(new URL('../../src/lib/analysis/analysis.worker.ts', import.meta.url), {
		type: 'module'
	});
	return new Promise((resolve, reject) => {
		const start = performance.now();
		worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
			const message = event.data;
			if (message.type === 'failed') reject(new Error(message.message));
			if (message.type === 'progress' && !message.label.startsWith('Laying out')) return;
			worker.terminate();
			resolve(performance.now() - start);
		};
		worker.postMessage({ network, practiceCommunities: [] } satisfies AnalysisRequest);
	});
}

(window as unknown as { timeMeasures: typeof timeMeasures }).timeMeasures = timeMeasures;
