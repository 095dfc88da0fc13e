// `weft analyze` on the hostile corpus (tests/fixtures/hostile): each file is refused with its own one-line message or
// read the documented safe way, and the import in the same engine leaves the data loaded before as it was.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWeft } from './runWeft';
import { analyzeFiles } from '../../../src/cli/analyze';
import { networkOptions } from '../../../src/cli/networkOptions';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile } from '../../../src/lib/ingest/inputFile';
import { GENERATED_HOSTILE_FILES } from '../../fixtures/hostile/generate';

const HOSTILE = 'tests/fixtures/hostile';

interface Expectation {
	what: string;
	expect: 'error' | 'read';
	generated?: boolean;
	message?: string;
	people?: number;
	names?: string[];
	calendar?: Record<string, number>;
}
const manifest: { files: Record<string, Expectation> } = JSON.parse(
	readFileSync(`${HOSTILE}/manifest.json`, 'utf8')
);
const folder = mkdtempSync(path.join(tmpdir(), 'weft-hostile-'));
const pathOf = (name: string) =>
	manifest.files[name].generated ? path.join(folder, name) : path.join(HOSTILE, name);
const bytesOf = (name: string) => new Uint8Array(readFileSync(pathOf(name)));

const weft = (...args: string[]) => runWeft(args, { timeout: 60_000 });

/**
 * The memory bound the README states for hostile files: reading any one of them through `weft analyze` in this
 * process raises the process's peak RSS (its high-water mark, DuckDB's wasm heap included) by less than this, and
 * the peak stays under HOSTILE_PEAK_RSS_MB over the whole corpus.
 */
const HOSTILE_GROWTH_MB = 384;
const HOSTILE_PEAK_RSS_MB = 1536;
/** Refusing a file, in an engine already running, raises the process's RSS by less than this. */
const HOSTILE_REFUSAL_GROWTH_MB = 128;
const rssMb = () => process.memoryUsage().rss / (1024 * 1024);
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

beforeAll(() => {
	for (const [name, build] of Object.entries(GENERATED_HOSTILE_FILES)) {
		writeFileSync(path.join(folder, name), build());
	}
});

describe('the hostile corpus through weft analyze', () => {
	it('lists every file in the folder or the generator, and nothing else', () => {
		const committed = Object.entries(manifest.files)
			.filter(([, file]) => !file.generated)
			.map(([name]) => name);
		for (const name of committed) expect(bytesOf(name)).toBeInstanceOf(Uint8Array);
		expect(
			Object.entries(manifest.files)
				.filter(([, file]) => file.generated)
				.map(([name]) => name)
				.sort()
		).toEqual(Object.keys(GENERATED_HOSTILE_FILES).sort());
	});

	// Every file goes through the command's own code in this process (a process each would take minutes); two go
	// through the command itself, for its exit code and one-line message.
	for (const [name, file] of Object.entries(manifest.files)) {
		it(`${name} (${file.what}): ${file.expect === 'error' ? 'one clear message' : 'read safely'}, within the memory bound`, async () => {
			const peakBefore = peakRssMb();
			const withinBound = () => {
				expect(peakRssMb() - peakBefore).toBeLessThan(HOSTILE_GROWTH_MB);
				expect(peakRssMb()).toBeLessThan(HOSTILE_PEAK_RSS_MB);
			};
			const reading = analyzeFiles({ files: [pathOf(name)], ...networkOptions({}) });
			if (file.expect === 'error') {
				await expect(reading).rejects.toThrow(new RegExp(file.message as string));
				withinBound();
				return;
			}
			const { analysis, calendars } = await reading;
			withinBound();
			expect(analysis.people).toHaveLength(file.people as number);
			const names = analysis.people.map((person) => person.name);
			for (const expected of file.names ?? []) expect(names).toContain(expected);
			if (file.calendar) expect(calendars[0]).toMatchObject(file.calendar);
		}, 30_000);
	}

	it('refuses a bad file with exit code 2 and one line naming it, as the command', async () => {
		const { code, stdout, stderr } = await weft('analyze', pathOf('image.csv'));
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr.trim()).toMatch(
			new RegExp(`^weft: ${(manifest.files['image.csv'].message as string).slice(1)}`)
		);
	}, 90_000);

	it('reads script-bearing names as text, as the command', async () => {
		const { code, stdout } = await weft('analyze', pathOf('html-names.csv'));
		expect(code).toBe(0);
		const names = JSON.parse(stdout).people.map((person: { name: string }) => person.name);
		for (const expected of manifest.files['html-names.csv'].names ?? [])
			expect(names).toContain(expected);
	}, 90_000);

	it('neutralises formula names in the people CSV export', async () => {
		const out = path.join(folder, 'formula-tables');
		const { code } = await weft(
			'export',
			'--format',
			'csv',
			'--out',
			out,
			pathOf('formula-names.csv')
		);
		expect(code).toBe(0);
		const people = readFileSync(path.join(out, 'people.csv'), 'utf8');
		for (const name of manifest.files['formula-names.csv'].names ?? []) {
			const cell = name.includes('"') ? `"'${name.replaceAll('"', '""')}"` : `'${name}`;
			expect(people).toContain(`,${cell},`);
		}
	}, 90_000);
});

describe('the hostile corpus imported after a roster', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openNodeDatabase();
		await importFiles(db, [
			textFile('roster.csv', 'id,name,team\nann,Ann,Sales\nbo,Bo,Sales\ncy,Cy,Ops\n'),
			textFile('log.csv', 'source,target\nann,bo\nbo,cy\n')
		]);
	});
	afterAll(async () => db?.close());

	for (const [name, file] of Object.entries(manifest.files).filter(
		([, entry]) => entry.expect === 'error'
	)) {
		it(`${name} is refused within 10 s and leaves the loaded people and ties as they were`, async () => {
			const before = await loadNetwork(db, DEFAULT_SETTINGS);
			const started = performance.now();
			const rssBefore = rssMb();
			await expect(importFiles(db, [{ name, bytes: bytesOf(name) }])).rejects.toThrow(
				new RegExp(file.message as string)
			);
			expect(performance.now() - started).toBeLessThan(10_000);
			// One engine throughout, whose wasm heap never shrinks: what RSS grows by is the file's doing.
			expect(rssMb() - rssBefore).toBeLessThan(HOSTILE_REFUSAL_GROWTH_MB);
			expect(await loadNetwork(db, DEFAULT_SETTINGS)).toEqual(before);
		}, 30_000);
	}
});
