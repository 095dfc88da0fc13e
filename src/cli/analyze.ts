// `weft analyze`: import the files into DuckDB, build the network, compute every measure, write the JSON.
import { analyzeNetwork } from '../lib/analysis/analyzeNetwork';
import { openNodeDatabase } from '../lib/db/node';
import { loadNetwork } from '../lib/graph/queries';
import { InputError } from '../lib/ingest/errors';
import { importFiles } from '../lib/ingest/importFiles';
import { UsageError } from './errors';
import { readInputFile, writeOutput } from './files';

export interface AnalyzeArgs {
	roster?: string;
	out?: string;
	files: string[];
}

export async function runAnalyze(args: AnalyzeArgs): Promise<void> {
	if (args.files.length === 0 && args.roster === undefined) {
		throw new UsageError(
			'analyze needs at least one file: weft analyze [--roster FILE] [--out FILE] FILE...'
		);
	}
	const roster = args.roster === undefined ? undefined : await readInputFile(args.roster);
	const files = await Promise.all(args.files.map(readInputFile));
	const db = await openNodeDatabase();
	try {
		const imported = await importFiles(db, roster ? [roster, ...files] : files);
		if (roster && imported[0].kind !== 'roster') {
			throw new InputError(
				roster.name,
				'given as --roster but holds interactions (source and target columns), not people'
			);
		}
		const analysis = analyzeNetwork(await loadNetwork(db));
		await writeOutput(args.out, `${JSON.stringify(analysis, null, 2)}\n`);
	} finally {
		await db.close();
	}
}
