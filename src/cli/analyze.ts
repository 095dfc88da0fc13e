// `weft analyze`: import the files into DuckDB, build the network, compute every measure, write the JSON.
import { analyzeNetwork } from '../lib/analysis/analyzeNetwork';
import type { Analysis } from '../lib/analysis/types';
import { openNodeDatabase } from '../lib/db/node';
import { calendarSummary, type CalendarFileSummary } from '../lib/graph/calendarSummary';
import { loadNetwork } from '../lib/graph/queries';
import { InputError } from '../lib/ingest/errors';
import { importFiles } from '../lib/ingest/importFiles';
import { formalTeams, loadPracticeCommunities } from '../lib/insight/practiceCommunities';
import { analysisJson } from '../lib/export/analysisJson';
import { UsageError } from './errors';
import { readInputFile, writeOutput } from './files';
import type { NetworkOptions } from './networkOptions';

export interface AnalyzeArgs extends NetworkOptions {
	roster?: string;
	out?: string;
	files: string[];
}

/** Imports the files into a fresh database and analyses them: what `analyze` and `export` both start from. */
export async function analyzeFiles(
	args: Omit<AnalyzeArgs, 'out'>
): Promise<{ analysis: Analysis; calendars: CalendarFileSummary[] }> {
	const roster = args.roster === undefined ? undefined : await readInputFile(args.roster);
	const files = await Promise.all(args.files.map(readInputFile));
	const { from, to } = args.settings;
	const db = await openNodeDatabase();
	try {
		const imported = await importFiles(db, roster ? [roster, ...files] : files, {
			dateOrder: args.dateOrder,
			window: from !== null && to !== null ? { from, to } : undefined
		});
		const rosterKind = roster && imported.find((file) => file.name === roster.name)?.kind;
		if (roster && rosterKind !== 'roster' && rosterKind !== 'network') {
			throw new InputError(
				roster.name,
				'given as --roster but it does not hold people (id or email, and team columns)'
			);
		}
		const network = await loadNetwork(db, args.settings);
		const practiceCommunities = await loadPracticeCommunities(
			db,
			args.settings,
			formalTeams(network.people)
		);
		const analysis = await analyzeNetwork(network, { practiceCommunities });
		return { analysis, calendars: await calendarSummary(db, args.settings) };
	} finally {
		await db.close();
	}
}

export async function runAnalyze(args: AnalyzeArgs): Promise<void> {
	if (args.files.length === 0 && args.roster === undefined) {
		throw new UsageError(
			'analyze needs at least one file: weft analyze [--roster FILE] [--out FILE] FILE...'
		);
	}
	const { analysis, calendars } = await analyzeFiles(args);
	await writeOutput(args.out, analysisJson(analysis, calendars));
}
