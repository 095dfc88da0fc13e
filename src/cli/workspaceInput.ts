// `--workspace FILE`: a workspace saved from the page, read whole (its tables are opened in the database later).
import type { InputFile } from '../lib/ingest/inputFile';
import { workspaceStateOf } from '../lib/workspaceFile/readWorkspaceFile';
import type { WorkspaceState } from '../lib/workspaceFile/state';
import { readInputFile } from './files';

export async function readWorkspaceInput(
	path: string
): Promise<{ file: InputFile; state: WorkspaceState }> {
	// Read into memory whatever its size: the zip is inflated in JavaScript, not by DuckDB.
	const file = (await readInputFile(path, { largeFrom: Infinity })) as InputFile;
	return { file, state: workspaceStateOf(file) };
}
