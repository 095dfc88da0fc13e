// `--workspace`: the CLI reads a workspace saved in the page, with its tables and its settings, and gives the same
// JSON as the original files under the same options; options given on the command line stand over the workspace's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/cli/analyze';
import { networkOptions } from '../../../src/cli/networkOptions';
import { readWorkspaceInput } from '../../../src/cli/workspaceInput';
import { openNodeDatabase } from '../../../src/lib/db/node';
import { demoDashboardFiles } from '../../../src/lib/demo/files';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { Pseudonyms } from '../../../src/lib/privacy/pseudonymise';
import { DEFAULT_STATE, type WorkspaceState } from '../../../src/lib/workspaceFile/state';
import { workspaceFileBytes } from '../../../src/lib/workspaceFile/writeWorkspaceFile';
import { weft } from './runWeft';

const dir = mkdtempSync(path.join(tmpdir(), 'weft-workspace-'));
const files = demoDashboardFiles();
const filePaths = files.map((file) => path.join(dir, file.name));
const saved = path.join(dir, 'client.weft');
let state: WorkspaceState;

beforeAll(async () => {
	files.forEach((file, i) => writeFileSync(filePaths[i], file.bytes));
	const db = await openNodeDatabase();
	try {
		await importFiles(db, files);
		// Pseudonyms as the page numbered them: the CLI must number people the same way.
		const pseudonyms = new Pseudonyms('page-salt');
		pseudonyms.assign((await loadNetwork(db)).people);
		state = {
			...DEFAULT_STATE,
			settings: { ...DEFAULT_STATE.settings, maxAttendees: 8 },
			minGroupSize: 7,
			pseudonymise: true,
			pseudonyms: pseudonyms.snapshot()
		};
		writeFileSync(saved, await workspaceFileBytes(db, state));
	} finally {
		await db.close();
	}
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('weft analyze --workspace', () => {
	it('gives the JSON of the original files under the workspace settings, pseudonyms numbered as in the page', async () => {
		const run = await weft('analyze', '--workspace', saved);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const fromWorkspace = JSON.parse(run.stdout);
		const original = await analyzeFiles({
			files: filePaths,
			...networkOptions({ 'max-attendees': '8', 'min-group-size': '7', pseudonymise: true }, state)
		});
		expect(fromWorkspace.network).toEqual(JSON.parse(JSON.stringify(original.analysis.network)));
		expect(fromWorkspace.privacy).toMatchObject({ minGroupSize: 7, pseudonymised: true });
		const first = state.pseudonyms?.keys[0] ?? '';
		const restored = Pseudonyms.restored(state.pseudonyms ?? { salt: '', keys: [] });
		const person = fromWorkspace.people.find((p: { id: string }) => p.id === restored.of(first).id);
		expect(person.name).toBe(restored.of(first).name);
		expect(JSON.stringify(fromWorkspace)).not.toContain('@northwind.example');
	}, 60_000);

	it('takes options given on the command line over the workspace settings', async () => {
		const { file, state: read } = await readWorkspaceInput(saved);
		expect(read).toEqual(state);
		const options = networkOptions({ 'max-attendees': '25', 'min-group-size': '3' }, read);
		expect(options.settings.maxAttendees).toBe(25);
		expect(options.minGroupSize).toBe(3);
		const fromWorkspace = await analyzeFiles({ workspace: file, files: [], ...options });
		const original = await analyzeFiles({
			files: filePaths,
			...networkOptions({ 'max-attendees': '25', 'min-group-size': '3' }, read)
		});
		expect(fromWorkspace.analysis.network).toEqual(original.analysis.network);
		expect(fromWorkspace.analysis.network.ties).not.toBe(0);
	}, 60_000);

	it('names a file that is not a workspace, with exit code 2', async () => {
		const run = await weft('analyze', '--workspace', filePaths[0]);
		expect(run.code).toBe(2);
		expect(run.stderr.trim()).toBe(
			`weft: ${path.basename(filePaths[0])}: not a Weft workspace file (the page saves one with Save workspace)`
		);
	}, 60_000);
});
