// Save workspace and Open workspace through real DuckDB-WASM: the tables and the state come back exactly, and a file
// that is damaged, hostile or from a newer Weft is refused with its name and reason while the workspace stays.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { demoDashboardFiles } from '../../../src/lib/demo/files';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile, type InputFile } from '../../../src/lib/ingest/inputFile';
import { clearWorkspace, indexMeetingPairs } from '../../../src/lib/ingest/schema';
import { Pseudonyms } from '../../../src/lib/privacy/pseudonymise';
import { MANIFEST_ENTRY, tableEntry } from '../../../src/lib/workspaceFile/format';
import {
	isWorkspaceFile,
	openWorkspaceFile
} from '../../../src/lib/workspaceFile/readWorkspaceFile';
import {
	DEFAULT_STATE,
	readWorkspaceState,
	type WorkspaceState
} from '../../../src/lib/workspaceFile/state';
import {
	MAX_WORKSPACE_ROWS,
	workspaceFileBytes
} from '../../../src/lib/workspaceFile/writeWorkspaceFile';
import { fixture } from '../calendar/helpers';
import { acmeRoster } from '../graph/acme';
import { workspaceFingerprint } from './fingerprint';

let saving: Database;
let opening: Database;
beforeAll(async () => {
	[saving, opening] = await Promise.all([openNodeDatabase(), openNodeDatabase()]);
});
afterAll(async () => {
	await saving.close();
	await opening.close();
});
beforeEach(async () => {
	await clearWorkspace(saving);
	await clearWorkspace(opening);
});

const STATE: WorkspaceState = {
	...DEFAULT_STATE,
	source: { kind: 'files', files: [{ name: 'cal.ics', kind: 'calendar', rows: 3, events: 2 }] },
	settings: {
		from: Date.UTC(2026, 0, 5),
		to: Date.UTC(2026, 2, 1),
		maxAttendees: 12,
		includeAllDay: true,
		includeUnlisted: false
	},
	roleRules: { ...DEFAULT_STATE.roleRules, brokerTopShare: 0.2 },
	pseudonymise: true,
	minGroupSize: 7,
	selection: {
		personId: 'person-003',
		view: 'teams',
		colourBy: 'betweenness',
		teamView: true,
		layoutMode: 'teams',
		filter: {
			hiddenTeams: ['Sales', 'Legal'],
			hiddenRoles: ['isolated'],
			hiddenCommunities: [2],
			externals: false,
			minTieWeight: 1.5,
			leftOut: 'hide'
		},
		ego: { id: 'person-007', steps: 2 },
		periods: {
			a: { from: Date.UTC(2026, 0, 5), to: Date.UTC(2026, 1, 2) },
			b: { from: Date.UTC(2026, 1, 2), to: Date.UTC(2026, 2, 2) }
		}
	}
};

function saved(bytes: Uint8Array): InputFile {
	return { name: 'client.weft', bytes };
}

/** The file with its entries changed by `edit`. */
function edited(bytes: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void): InputFile {
	const entries = unzipSync(bytes);
	edit(entries);
	return saved(zipSync(entries));
}

async function openError(file: InputFile): Promise<string> {
	try {
		await openWorkspaceFile(opening, file);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('opening was expected to fail');
}

describe('a saved workspace', () => {
	it('opens into another database with every table, the meeting index included, row for row the same', async () => {
		await importFiles(saving, demoDashboardFiles());
		const bytes = await workspaceFileBytes(saving, STATE);
		expect(isWorkspaceFile(bytes)).toBe(true);
		const state = await openWorkspaceFile(opening, saved(bytes));
		expect(state).toEqual(STATE);
		for (const db of [saving, opening]) await indexMeetingPairs(db);
		const original = await workspaceFingerprint(saving);
		expect(original.meeting_pairs).not.toMatch(/^0 rows/);
		expect(await workspaceFingerprint(opening)).toEqual(original);
		const settings = STATE.settings;
		expect(await loadNetwork(opening, settings)).toEqual(await loadNetwork(saving, settings));
	});

	it('replaces what was loaded before, and saving the opened workspace gives the same tables again', async () => {
		await importFiles(saving, [
			textFile('roster.csv', 'id,name,team,email\nann,Ann,Sales,ann@x.org\nbo,Bo,Ops,\n'),
			textFile('log.csv', 'source,target,weight\nann,bo,2.5\nann@x.org,cy,1\n')
		]);
		await importFiles(opening, demoDashboardFiles());
		await openWorkspaceFile(opening, saved(await workspaceFileBytes(saving, STATE)));
		expect(await workspaceFingerprint(opening)).toEqual(await workspaceFingerprint(saving));
		const again = await workspaceFileBytes(opening, STATE);
		const tables = (bytes: Uint8Array) =>
			Object.entries(unzipSync(bytes)).filter(([name]) => name !== MANIFEST_ENTRY);
		expect(tables(again)).toEqual(tables(await workspaceFileBytes(saving, STATE)));
	});

	it('opens a file of version 1, saved before meeting copies kept their SEQUENCE and series shared attendee lists, into the same network', async () => {
		const bytes = new Uint8Array(
			readFileSync(new URL('../../fixtures/workspace/version1.weft', import.meta.url))
		);
		await openWorkspaceFile(opening, saved(bytes));
		await importFiles(saving, [
			// The roster tests/fixtures/workspace/version1.weft was saved with.
			acmeRoster(),
			...['organiser.ics', 'cy.ics'].map((name) => textFile(name, fixture(`revisions/${name}`)))
		]);
		const [{ occurrences, unversioned }] = await opening.query<{
			occurrences: number;
			unversioned: number;
		}>(
			`SELECT count(*)::INTEGER AS occurrences, count(*) FILTER (WHERE sequence IS NULL)::INTEGER AS unversioned
			FROM meeting_occurrences`
		);
		expect([occurrences, unversioned]).toEqual([6, 6]);
		// Version 1 wrote each instance's attendee list; an import now writes a series' shared list once.
		const attendance = async (db: Database) => {
			const [{ rows, sharing }] = await db.query<{ rows: number; sharing: number }>(
				`SELECT (SELECT count(*) FROM meeting_attendance)::INTEGER AS rows,
					(SELECT count(*) FROM meeting_occurrences WHERE attendees_of <> occurrence)::INTEGER AS sharing`
			);
			return { rows, sharing };
		};
		expect(await attendance(opening)).toEqual({ rows: 19, sharing: 0 });
		expect(await attendance(saving)).toEqual({ rows: 16, sharing: 1 });
		const network = await loadNetwork(opening, DEFAULT_SETTINGS);
		expect(network.ties).toHaveLength(6);
		expect(network).toEqual(await loadNetwork(saving, DEFAULT_SETTINGS));
	});

	it('keeps the pseudonym mapping, so everyone has the same number after opening', () => {
		const pseudonyms = new Pseudonyms('salt');
		const person = (id: string) => ({ id, name: id, team: 'T', attributes: {} });
		pseudonyms.assign([person('ann'), person('bo'), person('cy')]);
		pseudonyms.assign([person('dee')]);
		const restored = Pseudonyms.restored(pseudonyms.snapshot());
		for (const id of ['ann', 'bo', 'cy', 'dee']) expect(restored.of(id)).toEqual(pseudonyms.of(id));
		restored.assign([person('eve')]);
		expect(restored.of('eve').name).toBe('Person 005');
	});
});

describe('a workspace too large for one file', () => {
	it('is refused with its size, rather than built in memory', async () => {
		await saving.query(
			`INSERT INTO interactions SELECT 'a' || (range % 1000), 'b', 1, NULL, 'big.csv', range::INTEGER
			FROM range(${MAX_WORKSPACE_ROWS + 1})`
		);
		await expect(workspaceFileBytes(saving, STATE)).rejects.toThrow(
			'the workspace holds 5,000,001 rows, more than the 5,000,000 a workspace file holds; keep its source files instead'
		);
	}, 60_000);
});

describe('a workspace file that cannot be opened', () => {
	let bytes: Uint8Array;
	let before: Record<string, string>;
	beforeEach(async () => {
		await importFiles(saving, [
			textFile('roster.csv', 'id,name,team\nann,Ann,Sales\nbo,Bo,Ops\n'),
			textFile('log.csv', 'source,target\nann,bo\n')
		]);
		bytes = await workspaceFileBytes(saving, STATE);
		await importFiles(opening, demoDashboardFiles());
		before = await workspaceFingerprint(opening);
	});

	it.each([
		[
			'a table cut short',
			(entries: Record<string, Uint8Array>) => {
				const ipc = entries[tableEntry('roster')];
				entries[tableEntry('roster')] = ipc.subarray(0, ipc.length - 40);
			},
			// Arrow reads a stream cut short as ending early, so it is the row count that catches it.
			'client.weft: the table roster holds 0 rows where the manifest says 2; the file is damaged'
		],
		[
			'a row count that does not match',
			(entries: Record<string, Uint8Array>) => {
				const manifest = JSON.parse(strFromU8(entries[MANIFEST_ENTRY]));
				manifest.tables.interactions = 5;
				entries[MANIFEST_ENTRY] = strToU8(JSON.stringify(manifest));
			},
			'client.weft: the table interactions holds 1 rows where the manifest says 5; the file is damaged'
		],
		[
			'a table missing',
			(entries: Record<string, Uint8Array>) => delete entries[tableEntry('roster')],
			'client.weft: the table roster is missing from the file'
		],
		[
			'a newer version',
			(entries: Record<string, Uint8Array>) => {
				const manifest = JSON.parse(strFromU8(entries[MANIFEST_ENTRY]));
				manifest.version = 99;
				entries[MANIFEST_ENTRY] = strToU8(JSON.stringify(manifest));
			},
			'client.weft: saved by a newer Weft (workspace version 99; this one reads up to 3)'
		],
		[
			'a manifest that is not JSON',
			(entries: Record<string, Uint8Array>) => (entries[MANIFEST_ENTRY] = strToU8('{"format":')),
			/^client\.weft: weft-workspace\.json is not valid JSON: /
		]
	])('%s is refused, and the workspace stays as it was', async (_what, edit, message) => {
		const error = await openError(edited(bytes, edit));
		if (typeof message === 'string') expect(error).toBe(message);
		else expect(error).toMatch(message);
		expect(await workspaceFingerprint(opening)).toEqual(before);
	});

	it('a truncated file is refused, and the workspace stays as it was', async () => {
		const error = await openError(saved(bytes.subarray(0, bytes.length >> 1)));
		expect(error).toMatch(/^client\.weft: the workspace file cannot be read: /);
		expect(await workspaceFingerprint(opening)).toEqual(before);
	});

	it('a state written by hand takes defaults for what is missing or of the wrong type', async () => {
		const file = edited(bytes, (entries) => {
			const manifest = JSON.parse(strFromU8(entries[MANIFEST_ENTRY]));
			manifest.state = {
				settings: { maxAttendees: 'many', from: 5, includeAllDay: 1 },
				minGroupSize: 0,
				selection: {
					personId: 42,
					view: 'teams',
					filter: { hiddenTeams: [1, 'Sales'], hiddenCommunities: 'all', minTieWeight: 2 },
					ego: { id: 7, steps: 2 },
					// A period that ends before it starts, and one whose end is not a time: no periods.
					periods: { a: { from: 9, to: 5 }, b: { from: 5, to: '9' } }
				},
				source: { kind: 'files', files: [{ name: 'x.csv', kind: 'evil', rows: 1 }] }
			};
			entries[MANIFEST_ENTRY] = strToU8(JSON.stringify(manifest));
		});
		const state = await openWorkspaceFile(opening, file);
		expect(state).toEqual({
			...DEFAULT_STATE,
			source: { kind: 'files', files: [] },
			settings: { ...DEFAULT_STATE.settings, from: 5 },
			selection: {
				...DEFAULT_STATE.selection,
				view: 'teams',
				filter: { ...DEFAULT_STATE.selection.filter, hiddenTeams: ['Sales'], minTieWeight: 2 }
			}
		});
	});

	it("keeps the Change view's periods only when both are periods, each ending after it starts", () => {
		const periodsOf = (periods: unknown) =>
			readWorkspaceState({ selection: { periods } }).selection.periods;
		const a = { from: 5, to: 9 };
		const b = { from: 9, to: 12 };
		expect(periodsOf({ a, b })).toEqual({ a, b });
		expect(periodsOf({ a, b: { from: 12, to: 9 } })).toBeNull();
		expect(periodsOf({ a, b: { from: 9, to: 9 } })).toBeNull();
		expect(periodsOf({ a, b: { from: 9, to: '12' } })).toBeNull();
		expect(periodsOf({ a })).toBeNull();
		expect(periodsOf([a, b])).toBeNull();
		expect(periodsOf(undefined)).toBeNull();
	});

	it('a workspace dropped among files to import is named as one', async () => {
		await expect(importFiles(opening, [saved(bytes)])).rejects.toThrow(
			'client.weft: this is a saved Weft workspace; open it with "Open workspace" (or --workspace), on its own'
		);
	});
});
