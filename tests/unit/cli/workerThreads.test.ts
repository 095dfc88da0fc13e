// The command reads a large calendar and follows shortest paths on worker threads, one a core, as the dashboard does on
// its workers: the same network and figures as one thread, to the last bit and whatever the number of threads, a
// broken event's file and line as one thread gives them, and a process that ends once its work is done.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarWorkload } from '../../../bench/calendarWorkload';
import { importCommandFiles } from '../../../src/cli/importCommandFiles';
import { nodeIcsWorkers } from '../../../src/cli/nodeIcsWorkers';
import { openNodeDatabase } from '../../../src/lib/db/node';
import { loadTies } from '../../../src/lib/graph/queries';
import { calendarSummary } from '../../../src/lib/graph/calendarSummary';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import {
	icsWorkerParser,
	SHARES_MIN_BYTES
} from '../../../src/lib/ingest/calendar/icsWorkerParser';
import type { IcsWorker } from '../../../src/lib/ingest/calendar/icsWorkerProtocol';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile } from '../../../src/lib/ingest/inputFile';
import { runWeft, weft } from './runWeft';
import { syntheticOrganisation } from '../../../bench/syntheticOrganisation';
import { nodePathWorkers, runPathsOnThreads } from '../../../src/cli/nodePathWorkers';
import { nodeThreads } from '../../../src/cli/nodeWorkers';
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import { pathsOnWorkers } from '../../../src/lib/metrics/pathWorkers';

/** About 6 MB: past the size from which the command parses on worker threads, in shares. */
const { ics } = calendarWorkload({ occurrences: 10_000, attendees: 10, recurringShare: 0.6 });

async function tiesOf(
	imports: (db: Awaited<ReturnType<typeof openNodeDatabase>>) => Promise<unknown>
) {
	const db = await openNodeDatabase();
	try {
		await imports(db);
		return await loadTies(db);
	} finally {
		await db.close();
	}
}

describe('the command reading calendars on worker threads', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('reads a large calendar in shares, one thread a core, to the network one thread reads', async () => {
		expect(ics.length).toBeGreaterThan(SHARES_MIN_BYTES);
		const take = nodeIcsWorkers.take;
		const taken: IcsWorker[] = [];
		vi.spyOn(nodeIcsWorkers, 'take').mockImplementation(() => {
			const worker = take();
			vi.spyOn(worker, 'terminate');
			taken.push(worker);
			return worker;
		});
		const shared = await tiesOf((db) => importCommandFiles(db, [textFile('big.ics', ics)], {}));
		expect(taken).toHaveLength(nodeIcsWorkers.size());
		// Every thread is ended with the import: a live one would keep the command's process from ending.
		for (const worker of taken) expect(worker.terminate).toHaveBeenCalledOnce();
		const whole = await tiesOf((db) => importFiles(db, [textFile('big.ics', ics)]));
		expect(shared.length).toBeGreaterThan(10_000);
		expect(shared.length).toBe(whole.length);
		const key = (t: { source: string; target: string }) => `${t.source} ${t.target}`;
		const byPair = new Map(whole.map((tie) => [key(tie), tie]));
		for (const tie of shared) {
			const one = byPair.get(key(tie))!;
			expect(tie.interactions).toBe(one.interactions);
			expect(tie.minutes).toBe(one.minutes);
			// Summed in another order (share by share), in whole units, so to the last bit.
			expect(tie.weight).toBe(one.weight);
		}
	}, 60_000);

	it('reads the same ties to the last bit in three or four shares, as a machine with more cores would', async () => {
		const inShares = (count: number) =>
			tiesOf(async (db) => {
				const parser = icsWorkerParser(new AbortController().signal, {
					...nodeIcsWorkers,
					size: () => count
				});
				try {
					await importFiles(db, [textFile('big.ics', ics)], { parseIcsFile: parser.parse });
				} finally {
					parser.close();
				}
			});
		const whole = await tiesOf((db) => importFiles(db, [textFile('big.ics', ics)]));
		expect(whole.length).toBeGreaterThan(10_000);
		expect(await inShares(3)).toEqual(whole);
		expect(await inShares(4)).toEqual(whole);
	}, 60_000);

	it('names the file and line of a broken event in a later share, and ends its threads', async () => {
		const lines = ics.split('\r\n');
		const broken = lines.findIndex(
			(line, i) => i > lines.length * 0.8 && line.startsWith('DTSTART')
		);
		lines[broken] = 'DTSTART:this is not a date';
		const folder = mkdtempSync(path.join(tmpdir(), 'weft-workers-'));
		const file = path.join(folder, 'broken.ics');
		writeFileSync(file, lines.join('\r\n'));
		// A fault in a property is named at the property's line in the whole file.
		let oneThread = '';
		await tiesOf((db) => importFiles(db, [textFile('broken.ics', lines.join('\r\n'))])).catch(
			(error: Error) => (oneThread = error.message)
		);
		expect(oneThread).toBe(
			`broken.ics: line ${broken + 1}: the event's DTSTART is not a valid date or date-time`
		);
		// Through npm as users run it: the message, exit code 2, and the process ends (a live thread would hold it).
		const { code, stderr } = await weft('analyze', file);
		expect(code).toBe(2);
		expect(stderr.trim()).toBe(`weft: ${oneThread}`);
	}, 60_000);

	it('warns of a time zone nothing defines, read in a later share, and names it in the JSON', async () => {
		const lines = ics.split('\r\n');
		const zoned = lines.findIndex(
			(line, i) => i > lines.length * 0.8 && line.startsWith('DTSTART')
		);
		lines[zoned] = lines[zoned].replace('DTSTART:', 'DTSTART;TZID=Nowhere/Special:').slice(0, -1);
		const folder = mkdtempSync(path.join(tmpdir(), 'weft-workers-'));
		const file = path.join(folder, 'zoned.ics');
		writeFileSync(file, lines.join('\r\n'));
		const { code, stdout, stderr } = await weft('analyze', file);
		expect(code).toBe(0);
		expect(stderr.trim()).toBe(
			'weft: warning: The time zone "Nowhere/Special" in zoned.ics is neither defined in the file (no VTIMEZONE) nor an IANA or Windows zone name, so its times were read as UTC and may be hours off: export the calendar again with its time zones, or correct the TZID'
		);
		const [summary] = JSON.parse(stdout).calendars;
		expect(summary).toMatchObject({ file: 'zoned.ics', unknownZones: ['Nowhere/Special'] });
		expect(summary.occurrences).toBe(10_000);
		// In three shares too, whatever the machine's cores: the zone is read by whichever share holds its event.
		const parser = icsWorkerParser(new AbortController().signal, {
			...nodeIcsWorkers,
			size: () => 3
		});
		const db = await openNodeDatabase();
		try {
			await importFiles(db, [textFile('zoned.ics', lines.join('\r\n'))], {
				parseIcsFile: parser.parse
			});
			const [inShares] = await calendarSummary(db, DEFAULT_SETTINGS);
			expect(inShares).toMatchObject({ occurrences: 10_000, unknownZones: ['Nowhere/Special'] });
		} finally {
			parser.close();
			await db.close();
		}
	}, 60_000);
});

describe('the command following shortest paths on worker threads', () => {
	/** Enough people that the pass is split over the threads. */
	const network = syntheticOrganisation(600, 8);

	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('gives the figures one thread gives to the last bit, from slices of the sources dealt to the threads', async () => {
		const started = vi.spyOn(nodePathWorkers, 'start');
		const threads = await analyzeNetwork(network, { runPaths: runPathsOnThreads });
		expect(started).toHaveBeenCalledTimes(nodeThreads());
		const here = await analyzeNetwork(network);
		expect(threads.people.length).toBe(600);
		for (const [i, person] of threads.people.entries()) {
			const one = here.people[i];
			expect(person.id).toBe(one.id);
			// The same slices, added in the same order, whichever thread followed each: to the last bit.
			expect(person.betweenness).toBe(one.betweenness);
			expect(person.closeness).toBe(one.closeness);
		}
		expect(threads.network).toEqual(here.network);
	}, 60_000);

	it('gives the same figures to the last bit on three or four threads, as a machine with more cores would', async () => {
		const here = await analyzeNetwork(network);
		for (const threads of [3, 4]) {
			const started = vi.spyOn(nodePathWorkers, 'start');
			const { run, stop } = pathsOnWorkers({ ...nodePathWorkers, threads: () => threads });
			try {
				const figures = await analyzeNetwork(network, { runPaths: run });
				expect(started).toHaveBeenCalledTimes(threads);
				expect(figures.people).toEqual(here.people);
				expect(figures.network).toEqual(here.network);
			} finally {
				stop();
				started.mockRestore();
			}
		}
	}, 60_000);

	it('ends the command once it has written the analysis: its idle threads do not hold the process', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'weft-paths-'));
		const roster = path.join(folder, 'roster.csv');
		const ties = path.join(folder, 'ties.csv');
		writeFileSync(
			roster,
			['id,name,team', ...network.people.map((p) => `${p.id},${p.name},${p.team}`)].join('\n')
		);
		writeFileSync(
			ties,
			[
				'source,target,weight',
				...network.ties.map((t) => `${t.source},${t.target},${t.weight}`)
			].join('\n')
		);
		const { code, stdout } = await runWeft(['analyze', '--roster', roster, ties], {
			timeout: 50_000
		});
		expect(code).toBe(0);
		const here = await analyzeNetwork(network);
		const written = new Map<string, { betweenness: number }>(
			JSON.parse(stdout).people.map((p: { id: string; betweenness: number }) => [p.id, p])
		);
		expect(written.size).toBe(600);
		// The command numbers people as it reads them back from its tables, so its slices hold other people: the
		// same figures, added in another order.
		for (const person of here.people)
			expect(written.get(person.id)!.betweenness).toBeCloseTo(person.betweenness!, 12);
	}, 60_000);
});
