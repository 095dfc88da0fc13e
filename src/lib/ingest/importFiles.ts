// Imports a batch of files in one transaction: every file is recognised from its content, and one bad file changes nothing.
import type { Database, Queryable } from '../db/types';
import { readIcsFromZip } from './calendar/zip';
import { isMeetingsHeader, stageMeetingsCsv } from './calendar/meetingsCsv';
import { isOutlookHeader, stageOutlookCsv } from './calendar/outlookCsv';
import type { DateOrder } from './calendar/dates';
import { parseIcsBytes } from './calendar/ics';
import { calendarBatches, type CalendarBatches } from './calendar/batches';
import { forgetUnattendedIdentities, storeCalendar, storeStagedCalendar } from './calendar/store';
import type { ExpansionWindow } from './calendar/types';
import { INTERACTION_COLUMNS, matchColumns, ROSTER_COLUMNS } from './columns';
import { csvReadError, foundColumns, readCsvLayout, withRegisteredFiles } from './csvTable';
import { InputError, isInputError } from './errors';
import {
	isDiskFile,
	LARGE_FILE_BYTES,
	type DiskFile,
	type ImportInput,
	type InputFile
} from './inputFile';
import { isInteractionsHeader, loadInteractions } from './interactions';
import { readNetworkFile } from './network/readNetworkFile';
import { storeNetwork } from './network/storeNetwork';
import { isRosterHeader, loadRoster } from './roster';
import { clearWorkspace, ensureSchema, refreshMeetingIndex } from './schema';
import { sniffFormat } from './sniff';
import { asUtf8, hasUtf16Bom, startsAsUtf8 } from './textEncoding';

/** `network`: a GEXF or GraphML file, whose nodes are the roster and whose edges are interactions. */
export type FileKind = 'roster' | 'interactions' | 'calendar' | 'network';

export interface ImportedFile {
	name: string;
	kind: FileKind;
	/** Rows read: people, interactions, or calendar occurrences after expansion. */
	rows: number;
	/** For calendars: event definitions read before expansion. */
	events?: number;
}

export type { DateOrder };

/** Parses one .ics file into batches (one, or a part each when read in parts); the browser passes workers that do it. */
export type IcsParser = (
	file: InputFile,
	window: ExpansionWindow | undefined,
	onProgress?: (fraction: number) => void
) => Promise<CalendarBatches[]>;

export interface ImportOptions {
	/** Start the workspace over instead of adding to it (a new roster always replaces the old one, and a file replaces its namesake). */
	replace?: boolean;
	/** Expand recurring meetings only within this window (default: the span of the calendar itself). */
	window?: ExpansionWindow;
	/** For Outlook CSV dates that could be read either way. */
	dateOrder?: DateOrder;
	parseIcsFile?: IcsParser;
	/** Called as each calendar is read, as DuckDB reads a large CSV, and before the tables are written; fraction in 0..1. */
	onProgress?: (label: string, fraction: number) => void;
	/** Cancels the import; nothing is changed (the statement running is interrupted in the browser). */
	signal?: AbortSignal;
}

const parseIcsHere: IcsParser = async (file, window, onProgress) => [
	calendarBatches(parseIcsBytes(file.name, file.bytes, { window, onProgress }))
];

async function importCsv(
	tx: Queryable,
	file: InputFile | DiskFile,
	path: string,
	options: ImportOptions,
	onPass?: (index: number, count: number) => void
): Promise<ImportedFile> {
	try {
		const layout = await readCsvLayout(tx, file.name, path);
		const staged = isOutlookHeader(layout.header)
			? await stageOutlookCsv(tx, file.name, path, layout, { dateOrder: options.dateOrder }, onPass)
			: isMeetingsHeader(layout.header)
				? await stageMeetingsCsv(tx, file.name, path, layout, onPass)
				: undefined;
		if (staged) {
			await storeStagedCalendar(tx, file.name, staged.events);
			return { name: file.name, kind: 'calendar', rows: staged.occurrences, events: staged.events };
		}
		const interactionColumns = matchColumns(layout.header, INTERACTION_COLUMNS);
		if (isInteractionsHeader(interactionColumns)) {
			const rows = await loadInteractions(tx, file.name, path, layout, interactionColumns, onPass);
			if (rows === 0)
				throw new InputError(file.name, 'the file has a header but no interactions', 2);
			return { name: file.name, kind: 'interactions', rows };
		}
		const rosterColumns = matchColumns(layout.header, ROSTER_COLUMNS);
		if (isRosterHeader(rosterColumns)) {
			const rows = await loadRoster(tx, file.name, path, layout, rosterColumns);
			// An empty roster would empty the workspace: a header alone is taken for a file cut short.
			if (rows === 0) throw new InputError(file.name, 'the roster has a header but no people', 2);
			return { name: file.name, kind: 'roster', rows };
		}
		throw new InputError(
			file.name,
			`not a roster (needs id or email, and team columns), interactions (source and target), meetings (meeting_id, start, attendee) or Outlook calendar export; ${foundColumns(layout)}`,
			1
		);
	} catch (error) {
		// A large file is not in memory to look for the line ending at fault; DuckDB's line number stands.
		if (isInputError(error)) throw error;
		throw csvReadError(file.name, error, isDiskFile(file) ? undefined : file.bytes);
	}
}

async function storeParsedCalendar(
	tx: Queryable,
	name: string,
	parts: readonly CalendarBatches[]
): Promise<ImportedFile> {
	await storeCalendar(tx, name, parts);
	const sum = (count: (part: CalendarBatches) => number) =>
		parts.reduce((total, part) => total + count(part), 0);
	return {
		name,
		kind: 'calendar',
		rows: sum((part) => part.occurrences),
		events: sum((part) => part.events)
	};
}

function megabytes(bytes: number): string {
	return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en')} MB`;
}

/**
 * A large CSV is read by DuckDB from disk as it is, so it must be UTF-8 (a byte order mark allowed); its head tells.
 * Anything else in a large file (a calendar, an archive, a network) is read into memory as before.
 */
async function sortDiskFile(file: DiskFile): Promise<InputFile | DiskFile> {
	const saveAsUtf8 = `a file of ${megabytes(LARGE_FILE_BYTES)} or more is read from disk as it is and must be UTF-8: save it as CSV UTF-8`;
	if (hasUtf16Bom(file.head)) {
		throw new InputError(file.name, `the file is UTF-16 text; ${saveAsUtf8}`);
	}
	const format = sniffFormat({ name: file.name, bytes: file.head });
	if (format !== 'csv') return { name: file.name, bytes: await file.readAll(), owned: true };
	// Past the head, DuckDB's reader refuses bytes that are not UTF-8 itself, with the line.
	if (!startsAsUtf8(file.head)) {
		throw new InputError(file.name, `the file is not UTF-8 text (Windows-1252?); ${saveAsUtf8}`);
	}
	return file;
}

/** Splits a batch into CSV files and calendars, opening .zip archives of .ics files in place. */
async function sortInputs(files: readonly ImportInput[]): Promise<{
	csv: (InputFile | DiskFile)[];
	ics: InputFile[];
	networks: { file: InputFile; format: 'gexf' | 'graphml' }[];
}> {
	const csv: (InputFile | DiskFile)[] = [];
	const ics: InputFile[] = [];
	const networks: { file: InputFile; format: 'gexf' | 'graphml' }[] = [];
	for (const input of files) {
		const given = isDiskFile(input) ? await sortDiskFile(input) : input;
		if (isDiskFile(given)) {
			csv.push(given);
			continue;
		}
		// Excel's UTF-16 text is recognised once it is UTF-8; a CSV in Windows-1252 is read as such.
		const file = hasUtf16Bom(given.bytes) ? asUtf8(given) : given;
		const format = sniffFormat(file);
		if (format === 'zip') ics.push(...readIcsFromZip(file));
		else if (format === 'ics') ics.push(file);
		else if (format === 'gexf' || format === 'graphml') networks.push({ file, format });
		else csv.push(asUtf8(file));
	}
	return { csv, ics, networks };
}

export async function importFiles(
	db: Database,
	files: readonly ImportInput[],
	options: ImportOptions = {}
): Promise<ImportedFile[]> {
	// On the database rather than in the transaction: its statements then run once per database, not per import.
	await ensureSchema(db);
	const { csv, ics, networks } = await sortInputs(files);
	// Network files are read and checked before the transaction opens, as calendars are.
	const readNetworks = await Promise.all(
		networks.map(async ({ file, format }) => ({
			name: file.name,
			network: await readNetworkFile(file, format)
		}))
	);
	const parse = options.parseIcsFile ?? parseIcsHere;
	// Calendars are parsed side by side where the parser allows it (a worker pool in the browser);
	// each reports the share of its events read, and the bar shows them all together.
	const done = ics.map(() => 0);
	let read = 0;
	const progress = () =>
		options.onProgress?.(
			read === 0 && ics.length === 1
				? `Reading ${ics[0].name}`
				: `Read ${read} of ${ics.length} calendar files`,
			done.reduce((sum, share) => sum + share, 0) / (ics.length + 1)
		);
	if (ics.length > 0) progress();
	const calendars = await Promise.all(
		ics.map(async (file, i) => {
			const calendar = await parse(file, options.window, (share) => {
				done[i] = share;
				progress();
			});
			done[i] = 1;
			read++;
			progress();
			return { name: file.name, calendar };
		})
	);
	options.onProgress?.('Writing the tables', ics.length / (ics.length + 1));
	options.signal?.throwIfAborted();

	// While DuckDB reads a large file, the bar follows its own progress report (the share of the file scanned), over
	// the passes the file's loader makes.
	let reading: { file: DiskFile; pass: number; passes: number; done: number } | undefined;
	const onQueryProgress = (fraction: number) => {
		if (!reading) return;
		const done = (reading.pass + Math.min(fraction, 1)) / reading.passes;
		if (!(done > reading.done)) return;
		reading.done = done;
		options.onProgress?.(`Reading ${reading.file.name} (${megabytes(reading.file.size)})`, done);
	};
	const onPass = (index: number, count: number) => {
		if (reading) Object.assign(reading, { pass: index, passes: count });
	};
	const large = csv.some(isDiskFile);
	return withRegisteredFiles(db, csv, (paths) =>
		db.transaction(
			async (tx) => {
				if (options.replace) await clearWorkspace(tx);
				const stored = await tx.query<{ name: string }>(
					'SELECT source_file AS name FROM calendar_files'
				);
				const storedNames = new Set(stored.map(({ name }) => name));
				const replacing = [...csv, ...ics].some((file) => storedNames.has(file.name));
				const imported: ImportedFile[] = [];
				for (const [i, file] of csv.entries()) {
					reading = isDiskFile(file) ? { file, pass: 0, passes: 1, done: -1 } : undefined;
					onQueryProgress(0);
					imported.push(await importCsv(tx, file, paths[i], options, onPass));
					reading = undefined;
				}
				for (const { name, calendar } of calendars)
					imported.push(await storeParsedCalendar(tx, name, calendar));
				for (const { name, network } of readNetworks) {
					await storeNetwork(tx, name, network);
					imported.push({ name, kind: 'network', rows: network.people.length });
				}
				if (replacing) await forgetUnattendedIdentities(tx);
				await refreshMeetingIndex(tx);
				const rosters = imported.filter(
					(file) => file.kind === 'roster' || file.kind === 'network'
				);
				if (rosters.length > 1) {
					throw new InputError(
						rosters[1].name,
						`a second roster in one import (${rosters[0].name} is one); import one roster at a time`
					);
				}
				return imported;
			},
			{ signal: options.signal, onProgress: large ? onQueryProgress : undefined }
		)
	);
}

/** The files in the workspace after an import: a file replaces its namesake, and a roster replaces the roster. */
export function mergeImportedFiles(
	previous: readonly ImportedFile[],
	imported: readonly ImportedFile[]
): ImportedFile[] {
	const holdsPeople = (file: ImportedFile) => file.kind === 'roster' || file.kind === 'network';
	const replaced = (file: ImportedFile) =>
		imported.some((next) => next.name === file.name || (holdsPeople(next) && holdsPeople(file)));
	return [...previous.filter((file) => !replaced(file)), ...imported];
}
