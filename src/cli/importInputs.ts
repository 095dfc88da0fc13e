// Reads the command's files from disk and imports them, and analyses one window of them: what analyze, export,
// report and compare all start from.
import { analyzeNetwork } from '../lib/analysis/analyzeNetwork';
import type { Analysis } from '../lib/analysis/types';
import type { Queryable, Database } from '../lib/db/types';
import { loadNetwork } from '../lib/graph/queries';
import { calendarWarnings, type CalendarFileSummary } from '../lib/graph/calendarSummary';
import type { NetworkSettings } from '../lib/graph/settings';
import type { DateOrder } from '../lib/ingest/calendar/dates';
import type { ExpansionWindow } from '../lib/ingest/calendar/types';
import { InputError } from '../lib/ingest/errors';
import type { InputFile } from '../lib/ingest/inputFile';
import { openWorkspaceFile } from '../lib/workspaceFile/readWorkspaceFile';
import { UsageError } from './errors';
import { formalTeams, loadPracticeCommunities } from '../lib/insight/practiceCommunities';
import type { PracticeCommunity } from '../lib/insight/types';
import { pseudonymiseNetwork, type Pseudonyms } from '../lib/privacy/pseudonymise';
import { readInputFile } from './files';
import { importCommandFiles } from './importCommandFiles';
import { runPathsOnThreads } from './nodePathWorkers';

/** What a command reads: a saved workspace (--workspace), a roster (--roster) and files. */
export interface CommandInputs {
	workspace?: InputFile;
	roster?: string;
	files: string[];
	dateOrder?: DateOrder;
}

/** Refuses a command given nothing to read, with its usage. */
export function requireInputs(command: string, inputs: CommandInputs, usage: string): void {
	if (inputs.workspace === undefined && inputs.roster === undefined && inputs.files.length === 0)
		throw new UsageError(`${command} needs a workspace or at least one file: ${usage}`);
}

/**
 * Opens the saved workspace, then imports the roster and files into it; a --roster that holds no people is an input
 * error naming it.
 */
export async function importInputs(
	db: Database,
	inputs: CommandInputs,
	window: ExpansionWindow | undefined
): Promise<void> {
	if (inputs.workspace) await openWorkspaceFile(db, inputs.workspace);
	if (inputs.roster === undefined && inputs.files.length === 0) return;
	const roster = inputs.roster === undefined ? undefined : await readInputFile(inputs.roster);
	const files = await Promise.all(inputs.files.map((path) => readInputFile(path)));
	const imported = await importCommandFiles(db, roster ? [roster, ...files] : files, {
		dateOrder: inputs.dateOrder,
		window
	});
	const rosterKind = roster && imported.find((file) => file.name === roster.name)?.kind;
	if (roster && rosterKind !== 'roster' && rosterKind !== 'network') {
		throw new InputError(
			roster.name,
			'given as --roster but it does not hold people (id or email, and team columns)'
		);
	}
}

/** A warning on stderr for each time zone the calendars named that nothing defines, and for calendars without events. */
export function warnOfCalendarProblems(calendars: readonly CalendarFileSummary[]): void {
	for (const warning of calendarWarnings(calendars))
		process.stderr.write(`weft: warning: ${warning}\n`);
}

/**
 * The network of one window with its practice communities, analysed. With pseudonyms, names and keys are replaced
 * once, here at the data boundary, so every figure, table and file made from the analysis sees only pseudonyms.
 */
export async function analyseWindow(
	db: Queryable,
	settings: NetworkSettings,
	pseudonyms?: Pseudonyms
): Promise<{ analysis: Analysis; redact: (text: string) => string }> {
	const loaded = await loadNetwork(db, settings);
	const hidden = pseudonyms && pseudonymiseNetwork(loaded, pseudonyms);
	// Measured first, as the page does: the path workers then follow paths while this thread finds the communities of
	// practice in DuckDB (which the measures only pass on).
	const stop = new AbortController();
	const measuring = analyzeNetwork(hidden?.network ?? loaded, {
		runPaths: runPathsOnThreads,
		signal: stop.signal
	});
	// Handled here, so that a failure before the measures are awaited below is not an unhandled rejection.
	const settled = measuring.catch(() => {});
	let found: PracticeCommunity[];
	try {
		found = await loadPracticeCommunities(db, settings, formalTeams(loaded.people));
	} catch (error) {
		stop.abort();
		await settled;
		throw error;
	}
	const practiceCommunities = hidden ? hidden.hideCommunities(found) : found;
	return {
		analysis: { ...(await measuring), practiceCommunities },
		redact: hidden?.redact ?? ((text) => text)
	};
}
