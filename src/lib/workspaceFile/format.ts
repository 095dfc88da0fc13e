// The saved workspace file: a zip holding a manifest (format, version, row counts, state) and one Arrow IPC stream per table.
import type { WorkspaceState } from './state';

/** The zip entry that makes an archive a Weft workspace. */
export const MANIFEST_ENTRY = 'weft-workspace.json';
export const WORKSPACE_FORMAT = 'weft-workspace';
/** Raised when the file's layout changes in a way older readers cannot follow. */
export const WORKSPACE_VERSION = 3;
/** What the page names a saved workspace, and what Open workspace offers. */
export const WORKSPACE_EXTENSION = '.weft';

export interface WorkspaceManifest {
	format: typeof WORKSPACE_FORMAT;
	version: number;
	/** ISO time of saving. */
	savedAt: string;
	/** Rows per table, checked again when the file is opened. */
	tables: Record<string, number>;
	state: WorkspaceState;
}

export function tableEntry(table: string): string {
	return `tables/${table}.arrow`;
}
