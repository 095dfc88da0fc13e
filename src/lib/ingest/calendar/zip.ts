// Opens a .zip archive of calendars (as Google Takeout and Apple export them) into its .ics files, refusing zip bombs.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { InputError, isInputError } from '../errors';
import type { InputFile } from '../inputFile';
import { MANIFEST_ENTRY } from '../../workspaceFile/format';
import { errorLine } from './icsSyntax';

const MB = 1024 * 1024;
/** More calendar text than this is not an export anyone meant to analyse in a browser tab. */
const MAX_TOTAL_BYTES = 500 * MB;
/** Calendar text compresses around 10:1; far beyond that, a large entry is a zip bomb. */
const MAX_RATIO = 100;
const MAX_BOMB_FREE_BYTES = 50 * MB;

function isIcsEntry(name: string): boolean {
	return (
		name.toLowerCase().endsWith('.ics') && !name.endsWith('/') && !name.startsWith('__MACOSX/')
	);
}

/** Declared sizes come from the archive's directory, so they are checked before anything inflates. */
function checkSizes(file: InputFile, entries: UnzipFileInfo[]): void {
	let total = 0;
	for (const entry of entries) {
		total += entry.originalSize;
		if (entry.originalSize > MAX_BOMB_FREE_BYTES && entry.originalSize > MAX_RATIO * entry.size) {
			throw new InputError(
				file.name,
				`${entry.name} would inflate ${Math.round(entry.originalSize / Math.max(entry.size, 1))} times to ${Math.round(entry.originalSize / MB)} MB; the archive looks like a zip bomb and is not opened`
			);
		}
	}
	if (total > MAX_TOTAL_BYTES) {
		throw new InputError(
			file.name,
			`the archive's calendars would take ${Math.round(total / MB)} MB unpacked, more than the ${MAX_TOTAL_BYTES / MB} MB Weft reads`
		);
	}
}

/** The archive's .ics files, named `archive.zip/path/in/archive.ics`. */
export function readIcsFromZip(file: InputFile): InputFile[] {
	try {
		const entries: UnzipFileInfo[] = [];
		let workbook = false;
		let workspace = false;
		unzipSync(file.bytes, {
			filter: (entry) => {
				if (isIcsEntry(entry.name)) entries.push(entry);
				workbook ||= entry.name === 'xl/workbook.xml';
				workspace ||= entry.name === MANIFEST_ENTRY;
				return false;
			}
		});
		if (workbook) {
			throw new InputError(file.name, 'this is an Excel workbook; save it as CSV (UTF-8) first');
		}
		if (workspace) {
			throw new InputError(
				file.name,
				'this is a saved Weft workspace; open it with "Open workspace" (or --workspace), on its own'
			);
		}
		if (entries.length === 0) {
			throw new InputError(file.name, 'the zip archive holds no .ics calendar files');
		}
		checkSizes(file, entries);
		// fflate inflates each entry into a buffer of its declared size, so a size that lies cannot
		// make it allocate more than was checked.
		const unzipped = unzipSync(file.bytes, { filter: (entry) => isIcsEntry(entry.name) });
		return Object.entries(unzipped).map(([name, bytes]) => ({
			name: `${file.name}/${name}`,
			bytes
		}));
	} catch (error) {
		if (isInputError(error)) throw error;
		throw new InputError(file.name, `the file is not a readable zip archive: ${errorLine(error)}`);
	}
}
