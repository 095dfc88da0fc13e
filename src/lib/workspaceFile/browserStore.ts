// Keeps the workspace in the origin-private file system, so it survives a reload and a browser restart on this machine.
import { WORKSPACE_EXTENSION } from './format';
import { readWorkspaceState, type WorkspaceState } from './state';

/** Everything Weft stores lives in this one directory, so "Delete all data" removes it whole. */
const DIRECTORY = 'weft';
/** The tables (with the state of their saving), rewritten after each import. */
const TABLES_FILE = `workspace${WORKSPACE_EXTENSION}`;
/** The state as it is now, rewritten on every change: cheaper than the tables, and read over theirs. */
const STATE_FILE = 'state.json';

export interface StoredWorkspace {
	bytes: Uint8Array;
	/** The latest state, or null when only the tables' own is known. */
	state: WorkspaceState | null;
}

function canStore(): boolean {
	return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function';
}

async function directory(create: boolean): Promise<FileSystemDirectoryHandle | null> {
	if (!canStore()) return null;
	const root = await navigator.storage.getDirectory();
	try {
		return await root.getDirectoryHandle(DIRECTORY, { create });
	} catch (error) {
		if (error instanceof DOMException && error.name === 'NotFoundError') return null;
		throw error;
	}
}

/** Writes go one after another: two writables open on one file would fail. */
let writes: Promise<unknown> = Promise.resolve();

function queued<T>(write: () => Promise<T>): Promise<T> {
	const next = writes.then(write, write);
	writes = next.catch(() => undefined);
	return next;
}

async function write(name: string, data: Uint8Array | string): Promise<void> {
	const folder = await directory(true);
	if (!folder) return;
	const handle = await folder.getFileHandle(name, { create: true });
	// A writable stream replaces the file only when closed, so a reload mid-write finds the previous one whole.
	const writable = await handle.createWritable();
	await writable.write(typeof data === 'string' ? data : new Blob([data as BlobPart]));
	await writable.close();
}

async function read(folder: FileSystemDirectoryHandle, name: string): Promise<File | null> {
	try {
		return await (await folder.getFileHandle(name)).getFile();
	} catch (error) {
		if (error instanceof DOMException && error.name === 'NotFoundError') return null;
		throw error;
	}
}

/** Stores the workspace file; the state stored beside it (see storeState) still stands over the one inside. */
export function storeWorkspace(bytes: Uint8Array): Promise<void> {
	return queued(async () => {
		await write(TABLES_FILE, bytes);
		// Asked once: storage the browser may not evict is what lets a workspace outlast a full disk's clean-up.
		await navigator.storage.persist?.().catch(() => false);
	});
}

/** Stores the state alone, after the tables: settings and selections change far more often than the data. */
export function storeState(state: WorkspaceState): Promise<void> {
	return queued(async () => {
		const folder = await directory(false);
		if (folder && (await read(folder, TABLES_FILE))) await write(STATE_FILE, JSON.stringify(state));
	});
}

/** The workspace stored by this origin, or null when there is none (or the browser cannot store one). */
export function storedWorkspace(): Promise<StoredWorkspace | null> {
	return queued(async () => {
		const folder = await directory(false);
		const tables = folder && (await read(folder, TABLES_FILE));
		if (!folder || !tables) return null;
		const stateFile = await read(folder, STATE_FILE);
		let state: WorkspaceState | null = null;
		try {
			state = stateFile ? readWorkspaceState(JSON.parse(await stateFile.text())) : null;
		} catch {
			// A state file cut short by a crash: the tables' own state stands.
		}
		return { bytes: new Uint8Array(await tables.arrayBuffer()), state };
	});
}

/** Removes everything stored; afterwards the origin's file system holds nothing of Weft's. */
export function forgetStoredWorkspace(): Promise<void> {
	return queued(async () => {
		if (!canStore()) return;
		const root = await navigator.storage.getDirectory();
		await root.removeEntry(DIRECTORY, { recursive: true }).catch((error: unknown) => {
			if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
		});
	});
}

/** How many entries this origin's private file system holds: 0 after "Delete all data". */
export async function storedEntryCount(): Promise<number> {
	if (!canStore()) return 0;
	const root = await navigator.storage.getDirectory();
	const names: string[] = [];
	for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys())
		names.push(name);
	return names.length;
}
