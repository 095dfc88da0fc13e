// The browser's Zipper and Unzipper: a worker of its own for each workspace file, ended once it has answered.
import { pageWorkerLink } from '../workers/workerLink';
import { entryBuffers, type Unzipper, type ZipEntries, type Zipper } from './zipEntries';

export type ZipRequest = { zip: ZipEntries } | { unzip: Uint8Array };
export type ZipAnswer = { zipped: Uint8Array } | { entries: ZipEntries } | { problem: string };

/** Sends one request to a new worker and gives its answer (of the request's kind); a problem rejects, after `failed`. */
function askWorker<Answer extends ZipAnswer>(
	request: ZipRequest,
	transfer: ArrayBuffer[],
	failed: string
): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const worker = pageWorkerLink<ZipRequest, ZipAnswer>(
			new Worker(new URL('./zipEntries.worker.ts', import.meta.url), { type: 'module' }),
			'the zip worker failed'
		);
		worker.listen(
			(answer) => {
				worker.terminate();
				if ('problem' in answer) reject(new Error(`${failed}${answer.problem}`));
				else resolve(answer as Answer);
			},
			(message) => {
				worker.terminate();
				reject(new Error(message));
			}
		);
		worker.post(request, transfer);
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
