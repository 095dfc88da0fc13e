// The browser's Zipper: a worker of its own for each workspace file, ended once it has answered.
import type { ZipEntries, Zipper } from './zipEntries';

type ZipAnswer = { zipped: Uint8Array } | { problem: string };

/** Zips in a worker; the entries' buffers move there (they were made for this file alone). */
export const zipInWorker: Zipper = (entries: ZipEntries) =>
	new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./zipEntries.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = ({ data }: MessageEvent<ZipAnswer>) => {
			worker.terminate();
			if ('zipped' in data) resolve(data.zipped);
			else reject(new Error(`the workspace could not be zipped: ${data.problem}`));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || 'the zip worker failed'));
		};
		const buffers = new Set(Object.values(entries).map((bytes) => bytes.buffer as ArrayBuffer));
		worker.postMessage(entries, { transfer: [...buffers] });
	});
