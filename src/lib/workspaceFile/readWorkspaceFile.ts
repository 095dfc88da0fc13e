// Opens a saved workspace file into the database, in one transaction: a file that is not whole changes nothing.
import { RecordBatchStreamReader } from 'apache-arrow';
import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { sqlIdentifier } from '../db/sql';
import type { Database, Queryable } from '../db/types';
import { InputError, isInputError } from '../ingest/errors';
import type { InputFile } from '../ingest/inputFile';
import { clearWorkspace, IMPORTED_TABLES, refreshMeetingIndex } from '../ingest/schema';
import { errorLine } from '../ingest/calendar/icsSyntax';
import { MANIFEST_ENTRY, tableEntry, WORKSPACE_FORMAT, WORKSPACE_VERSION } from './format';
import { unzipHere, type Unzipper, type ZipEntries } from './zipEntries';
import { readWorkspaceState, type WorkspaceState } from './state';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Arrow tables larger than this do not fit a browser tab's memory; a file that claims more is refused unopened. */
const MAX_UNPACKED_BYTES = 1.5 * 1024 ** 3;

/** Whether the bytes are a zip holding a workspace manifest (the entry list is read, nothing is inflated). */
function isZip(bytes: Uint8Array): boolean {
	return ZIP.every((byte, i) => bytes[i] === byte);
}

export function isWorkspaceFile(bytes: Uint8Array): boolean {
	if (!isZip(bytes)) return false;
	let found = false;
	try {
		unzipSync(bytes, {
			filter: (entry) => {
				found ||= entry.name === MANIFEST_ENTRY;
				return false;
			}
		});
	} catch {
		return false;
	}
	return found;
}

/** The file's entries, inflated by `unzip` once the entry list (read here, nothing inflated) shows they fit. */
function unpack(file: InputFile, unzip: Unzipper): Promise<ZipEntries> {
	const entries: UnzipFileInfo[] = [];
	unzipSync(file.bytes, { filter: (entry) => (entries.push(entry), false) });
	const unpacked = entries.reduce((total, entry) => total + entry.originalSize, 0);
	if (unpacked > MAX_UNPACKED_BYTES) {
		throw new InputError(
			file.name,
			`the workspace would take ${Math.round(unpacked / 1024 ** 2)} MB unpacked, more than Weft opens`
		);
	}
	return unzip(file.bytes);
}

/** The workspace's state alone (only the manifest is inflated): what the CLI takes its settings from. */
export function workspaceStateOf(file: InputFile): WorkspaceState {
	if (!isZip(file.bytes))
		throw new InputError(
			file.name,
			'not a Weft workspace file (the page saves one with Save workspace)'
		);
	try {
		const entries = unzipSync(file.bytes, { filter: (entry) => entry.name === MANIFEST_ENTRY });
		if (!entries[MANIFEST_ENTRY]) throw new InputError(file.name, 'not a Weft workspace file');
		return manifestOf(file, entries).state;
	} catch (error) {
		if (isInputError(error)) throw error;
		throw new InputError(file.name, `the workspace file cannot be read: ${errorLine(error)}`);
	}
}

function manifestOf(file: InputFile, entries: Record<string, Uint8Array>) {
	let manifest: unknown;
	try {
		manifest = JSON.parse(strFromU8(entries[MANIFEST_ENTRY]));
	} catch (error) {
		throw new InputError(file.name, `${MANIFEST_ENTRY} is not valid JSON: ${errorLine(error)}`);
	}
	const given = (typeof manifest === 'object' && manifest !== null ? manifest : {}) as Record<
		string,
		unknown
	>;
	if (given.format !== WORKSPACE_FORMAT)
		throw new InputError(file.name, 'not a Weft workspace file');
	if (typeof given.version !== 'number' || given.version > WORKSPACE_VERSION) {
		throw new InputError(
			file.name,
			`saved by a newer Weft (workspace version ${String(given.version)}; this one reads up to ${WORKSPACE_VERSION})`
		);
	}
	const tables = (
		typeof given.tables === 'object' && given.tables !== null ? given.tables : {}
	) as Record<string, unknown>;
	return { tables, state: readWorkspaceState(given.state) };
}

/**
 * Replaces the workspace with the file's tables and gives back its state. Every table is checked against the row count
 * the manifest gives; anything amiss rolls the whole opening back, so the workspace stays as it was. `unzip` inflates
 * the file (the page's in a worker).
 */
export async function openWorkspaceFile(
	db: Database,
	file: InputFile,
	unzip: Unzipper = unzipHere
): Promise<WorkspaceState> {
	try {
		const entries = await unpack(file, unzip);
		if (!entries[MANIFEST_ENTRY]) throw new InputError(file.name, 'not a Weft workspace file');
		const { tables, state } = manifestOf(file, entries);
		await db.transaction(async (tx) => {
			await clearWorkspace(tx);
			for (const table of IMPORTED_TABLES) {
				const ipc = entries[tableEntry(table)];
				const expected = tables[table] ?? 0;
				if (ipc === undefined && expected !== 0)
					throw new InputError(file.name, `the table ${table} is missing from the file`);
				if (ipc !== undefined) await restoreTable(file.name, tx, table, ipc);
				const [{ rows }] = await tx.query<{ rows: number }>(
					`SELECT count(*)::DOUBLE AS rows FROM ${table}`
				);
				if (rows !== expected) {
					throw new InputError(
						file.name,
						`the table ${table} holds ${rows} rows where the manifest says ${String(expected)}; the file is damaged`
					);
				}
			}
			await refreshMeetingIndex(tx);
		});
		return state;
	} catch (error) {
		if (isInputError(error)) throw error;
		throw new InputError(file.name, `the workspace file cannot be read: ${errorLine(error)}`);
	}
}

/** The column names an Arrow IPC stream holds, read from its schema message alone. */
function ipcColumns(ipc: Uint8Array): string[] {
	const reader = RecordBatchStreamReader.from(ipc);
	reader.open();
	return reader.schema.fields.map((field) => field.name);
}

/**
 * Appends a saved table's rows by column name, through a staging table shaped as the file's columns: a file saved
 * before a column was added (version 1 had no SEQUENCE, version 2 no attendees_of) leaves it null.
 */
async function restoreTable(
	name: string,
	tx: Queryable,
	table: string,
	ipc: Uint8Array
): Promise<void> {
	try {
		const columns = ipcColumns(ipc).map(sqlIdentifier).join(', ');
		await tx.query(
			`CREATE OR REPLACE TEMP TABLE restored AS SELECT ${columns} FROM ${table} LIMIT 0`
		);
		await tx.insertArrowIpc('restored', ipc);
		await tx.query(`INSERT INTO ${table} BY NAME SELECT * FROM restored`);
		await tx.query('DROP TABLE restored');
	} catch (error) {
		throw new InputError(name, `the table ${table} cannot be read: ${errorLine(error)}`);
	}
}
