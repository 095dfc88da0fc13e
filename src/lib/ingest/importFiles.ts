// Imports a batch of files in one transaction: every file is recognised from its content, and one bad file changes nothing.
import type { Database, Queryable } from '../db/types';
import { INTERACTION_COLUMNS, matchColumns, ROSTER_COLUMNS } from './columns';
import { csvReadError, readCsvLayout, withRegisteredFiles } from './csvTable';
import { InputError, isInputError } from './errors';
import type { InputFile } from './inputFile';
import { isInteractionsHeader, loadInteractions } from './interactions';
import { isRosterHeader, loadRoster } from './roster';
import { clearWorkspace, ensureSchema } from './schema';
import { sniffTextFormat } from './sniff';

export type FileKind = 'roster' | 'interactions';

export interface ImportedFile {
	name: string;
	kind: FileKind;
	rows: number;
}

export interface ImportOptions {
	/** Start the workspace over instead of adding to it (a new roster always replaces the old one, and a file replaces its namesake). */
	replace?: boolean;
}

async function importCsv(tx: Queryable, file: InputFile, path: string): Promise<ImportedFile> {
	try {
		const layout = await readCsvLayout(tx, file.name, path);
		const interactionColumns = matchColumns(layout.header, INTERACTION_COLUMNS);
		if (isInteractionsHeader(interactionColumns)) {
			const rows = await loadInteractions(tx, file.name, path, layout, interactionColumns);
			return { name: file.name, kind: 'interactions', rows };
		}
		const rosterColumns = matchColumns(layout.header, ROSTER_COLUMNS);
		if (isRosterHeader(rosterColumns)) {
			const rows = await loadRoster(tx, file.name, path, layout, rosterColumns);
			return { name: file.name, kind: 'roster', rows };
		}
		throw new InputError(
			file.name,
			`not a roster (needs id or email, and team columns) nor interactions (needs source and target columns); found columns: ${layout.header.join(', ')}`,
			1
		);
	} catch (error) {
		throw isInputError(error) ? error : csvReadError(file.name, error);
	}
}

export async function importFiles(
	db: Database,
	files: readonly InputFile[],
	options: ImportOptions = {}
): Promise<ImportedFile[]> {
	for (const file of files) {
		if (sniffTextFormat(file) === 'ics') {
			throw new InputError(
				file.name,
				'calendar (.ics) files are not supported yet; export interactions as CSV'
			);
		}
	}
	return withRegisteredFiles(db, files, (paths) =>
		db.transaction(async (tx) => {
			await ensureSchema(tx);
			if (options.replace) await clearWorkspace(tx);
			const imported: ImportedFile[] = [];
			for (const [i, file] of files.entries()) imported.push(await importCsv(tx, file, paths[i]));
			const rosters = imported.filter((file) => file.kind === 'roster');
			if (rosters.length > 1) {
				throw new InputError(
					rosters[1].name,
					`a second roster in one import (${rosters[0].name} is one); import one roster at a time`
				);
			}
			return imported;
		})
	);
}

/** The files in the workspace after an import: a file replaces its namesake, and a roster replaces the roster. */
export function mergeImportedFiles(
	previous: readonly ImportedFile[],
	imported: readonly ImportedFile[]
): ImportedFile[] {
	const replaced = (file: ImportedFile) =>
		imported.some(
			(next) => next.name === file.name || (next.kind === 'roster' && file.kind === 'roster')
		);
	return [...previous.filter((file) => !replaced(file)), ...imported];
}
