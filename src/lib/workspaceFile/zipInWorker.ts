// The browser's Zipper and Unzipper: a worker of its own for each workspace file, ended once it has answered.
import { entryBuffers, type Unzipper, type ZipEntries, type Zipper } from './zipEntries';

export type ZipRequest = { zip: ZipEntries } | { unzip: Uint8Array };
export type ZipAnswer = { zipped: Uint8Array } | { entries: ZipEntries } | { problem: string };

/** Sends one request to a new worker and gives its answer (of the request's kind); a problem rejects, after `failed`. */
function askWorker<Answer extends ZipAnswer>(
	request: ZipRequest,
	transfer: Transferable[],
	failed: string
): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./zipEntries.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = ({ data }: MessageEvent<ZipAnswer>) => {
			worker.terminate();
			if ('problem' in data) reject(new Error(`${failed}${data.problem}`));
			else resolve(data as Answer);
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || 'the zip worker failed'));
		};
		worker.postMessage(request, { transfer });
	});
}

/** Zips in a worker; the entries' buffers move there (they were made for this file alone). */
export const zipInWorker: Zipper = async (entries: ZipEntries) => {
	const failed = 'the workspace could not be zipped: ';
	const request = { zip: entries };
	return (await askWorker<{ zipped: Uint8Array }>(request, entryBuffers(entries), failed)).zipped;
};

/** Unzips in a worker, from a copy of the bytes (the caller keeps them: the page stores what it opened). */
export const unzipInWorker: Unzipper = async (zipped: Uint8Array) =>
	(await askWorker<{ entries: ZipEntries }>({ unzip: zipped }, [], '')).entries;
