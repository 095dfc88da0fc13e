// Zips and unzips a workspace file's entries off the page's thread: 100k meetings' tables took 0.6 s to pack, the page
// frozen.
import { unzipSync } from 'fflate';
import { pageWorkerPort } from '../workers/workerLink';
import { entryBuffers, zipEntries } from './zipEntries';
import type { ZipAnswer, ZipRequest } from './zipInWorker';

const port = pageWorkerPort<ZipRequest, ZipAnswer>();
port.onRequest((request) => {
	try {
		if ('zip' in request) {
			const zipped = zipEntries(request.zip);
			port.answer({ zipped }, [zipped.buffer as ArrayBuffer]);
		} else {
			const entries = unzipSync(request.unzip);
			port.answer({ entries }, entryBuffers(entries));
		}
	} catch (error) {
		port.answer({ problem: error instanceof Error ? error.message : String(error) });
	}
});
