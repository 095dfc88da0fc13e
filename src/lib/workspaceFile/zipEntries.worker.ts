// Zips and unzips a workspace file's entries off the page's thread: 100k meetings' tables took 0.6 s to pack, the page
// frozen.
import { unzipSync } from 'fflate';
import { entryBuffers, zipEntries } from './zipEntries';
import type { ZipAnswer, ZipRequest } from './zipInWorker';

self.onmessage = ({ data }: MessageEvent<ZipRequest>) => {
	try {
		if ('zip' in data) {
			const zipped = zipEntries(data.zip);
			self.postMessage({ zipped } satisfies ZipAnswer, { transfer: [zipped.buffer] });
		} else {
			const entries = unzipSync(data.unzip);
			self.postMessage({ entries } satisfies ZipAnswer, { transfer: entryBuffers(entries) });
		}
	} catch (error) {
		self.postMessage({
			problem: error instanceof Error ? error.message : String(error)
		} satisfies ZipAnswer);
	}
};
