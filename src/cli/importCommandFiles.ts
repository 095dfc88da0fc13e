// How the command imports: its calendars parsed on worker threads, one a core, when its files are large enough to gain.
import type { Database } from '../lib/db/types';
import { icsWorkerParser, SHARES_MIN_BYTES } from '../lib/ingest/calendar/icsWorkerParser';
import { importFiles, type ImportedFile, type ImportOptions } from '../lib/ingest/importFiles';
import { isDiskFile, type ImportInput } from '../lib/ingest/inputFile';
import { nodeIcsWorkers } from './nodeIcsWorkers';

/**
 * importFiles as the command runs it. Below SHARES_MIN_BYTES of files in all, calendars are parsed on this thread:
 * starting worker threads costs more than a small file's parse.
 */
export async function importCommandFiles(
	db: Database,
	files: readonly ImportInput[],
	options: Omit<ImportOptions, 'parseIcsFile'>
): Promise<ImportedFile[]> {
	const bytes = files.reduce((sum, f) => sum + (isDiskFile(f) ? f.size : f.bytes.length), 0);
	if (bytes < SHARES_MIN_BYTES) return importFiles(db, files, options);
	// Ended when the import ends: a live worker thread would keep the process from ending.
	const parser = icsWorkerParser(new AbortController().signal, nodeIcsWorkers);
	try {
		return await importFiles(db, files, { ...options, parseIcsFile: parser.parse });
	} finally {
		parser.close();
	}
}
