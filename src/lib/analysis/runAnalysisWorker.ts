// Runs one analysis in a fresh worker; cancelling terminates the worker, which stops the work at once.
import type { Analysis } from './types';
import type { AnalysisMessage, AnalysisRequest } from './protocol';

export function runAnalysisWorker(
	request: AnalysisRequest,
	onProgress: (label: string, fraction: number) => void,
	signal: AbortSignal
): Promise<Analysis> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
		const finish = () => {
			worker.terminate();
			signal.removeEventListener('abort', abort);
		};
		const abort = () => {
			finish();
			reject(new DOMException('The analysis was cancelled', 'AbortError'));
		};
		if (signal.aborted) return abort();
		signal.addEventListener('abort', abort);
		worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
			const message = event.data;
			if (message.type === 'progress') onProgress(message.label, message.fraction);
			else {
				finish();
				if (message.type === 'done') resolve(message.analysis);
				else reject(new Error(message.message));
			}
		};
		worker.onerror = (event) => {
			finish();
			reject(new Error(event.message || 'the analysis worker failed'));
		};
		worker.postMessage(request);
	});
}
