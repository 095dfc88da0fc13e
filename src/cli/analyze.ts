// `weft analyze`: import the files into DuckDB, build the network, compute every measure, write the JSON.
import type { Analysis } from '../lib/analysis/types';
import { openNodeDatabase } from '../lib/db/node';
import { calendarSummary, type CalendarFileSummary } from '../lib/graph/calendarSummary';
import { analysisJson } from '../lib/export/analysisJson';
import { DEFAULT_MIN_GROUP_SIZE, type GroupPrivacy } from '../lib/privacy/minGroupSize';
import { writeOutput } from './files';
import {
	analyseWindow,
	importInputs,
	requireInputs,
	warnOfCalendarProblems,
	type CommandInputs
} from './importInputs';
import { pseudonymsFor, type NetworkOptions } from './networkOptions';

export interface AnalyzeArgs extends NetworkOptions, CommandInputs {
	out?: string;
}

/** Imports the files into a fresh database and analyses them: what `analyze` and `export` both start from. */
export async function analyzeFiles(
	args: Omit<AnalyzeArgs, 'out'>
): Promise<{ analysis: Analysis; calendars: CalendarFileSummary[] }> {
	const { from, to } = args.settings;
	const db = await openNodeDatabase();
	try {
		await importInputs(db, args, from !== null && to !== null ? { from, to } : undefined);
		const calendars = await calendarSummary(db, args.settings);
		const pseudonyms = pseudonymsFor(args);
		const { analysis, redact } = await analyseWindow(db, args.settings, pseudonyms);
		const shown = calendars.map((calendar) => ({ ...calendar, file: redact(calendar.file) }));
		warnOfCalendarProblems(shown);
		return { analysis, calendars: shown };
	} finally {
		await db.close();
	}
}

/** The privacy settings the JSON and tables are written under. */
export function groupPrivacy(options: NetworkOptions): GroupPrivacy {
	return {
		minGroupSize: options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
		pseudonymised: options.pseudonymise ?? false
	};
}

export async function runAnalyze(args: AnalyzeArgs): Promise<void> {
	requireInputs(
		'analyze',
		args,
		'weft analyze [--workspace FILE] [--roster FILE] [--out FILE] FILE...'
	);
	const { analysis, calendars } = await analyzeFiles(args);
	await writeOutput(args.out, analysisJson(analysis, calendars, groupPrivacy(args)));
}
