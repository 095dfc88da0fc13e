// File to ties for a calendar of 100k occurrences with ~10 attendees: in Node as the CLI imports (a new process that
// parses shares of the file on worker threads, DuckDB-WASM on its main thread) and as the dashboard imports it in
// Chromium (shares parsed by workers side by side, DuckDB-WASM in its worker).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { CommandImportTimes } from './calendarCommandImport';
import { calendarWorkload } from './calendarWorkload';
import type { Timing } from './measures';

export const CALENDAR_OCCURRENCES = 100_000;
const RECURRING_SHARES = [0.6, 0];

export interface CalendarImportTimes {
	parseMs: number;
	storeMs: number;
	tiesMs: number;
	/** Pairing the meeting index, which the dashboard does in the background after the first analysis. */
	pairMs: number;
	rederiveMs: number;
	ties: number;
}

/**
 * How the bench page stands when a timed import starts: `first`, a new database and new calendar workers (a page's
 * first import); `afterDemo`, the database has imported a small calendar and read its ties first, as the dashboard's
 * has the demo, and the calendar workers are new (a user's first calendar); `next`, as `afterDemo` on the calendar
 * workers kept from the import before (a user's next calendar).
 */
export type ImportStart = 'first' | 'afterDemo' | 'next';

interface BenchPage {
	timeCalendarImport(
		occurrences: number,
		recurringShare: number,
		from: ImportStart
	): Promise<CalendarImportTimes>;
}

const label = (share: number) =>
	`calendar 100k occurrences x ~10 attendees, ${share * 100}% from weekly series`;

const perSecond = (ms: number) =>
	Math.round(CALENDAR_OCCURRENCES / (ms / 1000)).toLocaleString('en-GB');

/** Command imports per share, each in a new process: the median of three is steadier than one run. */
const COMMAND_RUNS = 3;

/**
 * Node, as `weft analyze` imports: each run a new process that opens DuckDB-WASM, then reads the file from disk and
 * parses it (in shares, on worker threads), stores it and reads the ties by SQL; then pairs the meeting index (as the
 * dashboard does after its first analysis) and re-derives the ties as after a settings change (best of 3).
 */
export function benchCalendarNode(): { timings: Timing[]; throughput: string[] } {
	const timings: Timing[] = [];
	const throughput: string[] = [];
	const folder = mkdtempSync(path.join(tmpdir(), 'weft-bench-'));
	try {
		for (const share of RECURRING_SHARES) {
			const file = path.join(folder, 'bench.ics');
			const { ics } = calendarWorkload({
				occurrences: CALENDAR_OCCURRENCES,
				attendees: 10,
				recurringShare: share
			});
			writeFileSync(file, ics);
			const runs = Array.from({ length: COMMAND_RUNS }, () => commandImport(file));
			const times = runs.sort((a, b) => a.fileToTiesMs - b.fileToTiesMs)[
				Math.floor(COMMAND_RUNS / 2)
			];
			timings.push(
				{ stage: `Node, ${label(share)}: open DuckDB-WASM (a new process)`, ms: times.openMs },
				{ stage: `Node, same: file to ties`, ms: times.fileToTiesMs },
				{
					stage: `Node, same: pair the meeting index (after the first analysis)`,
					ms: times.pairMs
				},
				{ stage: `Node, same: re-derive ties (settings change)`, ms: times.rederiveMs }
			);
			throughput.push(
				`Node (as \`weft analyze\` imports, a new process each, median of ${COMMAND_RUNS}), ${label(share)}: ${perSecond(times.fileToTiesMs)} occurrences/s file to ties (${times.ties.toLocaleString('en-GB')} ties), after ${Math.round(times.openMs)} ms opening DuckDB-WASM`
			);
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
	return { timings, throughput };
}

function commandImport(file: string): CommandImportTimes {
	const script = fileURLToPath(new URL('./calendarCommandImport.ts', import.meta.url));
	const output = execFileSync('npx', ['tsx', script, file], {
		encoding: 'utf8'
	});
	return JSON.parse(output.trim().split('\n').at(-1)!) as CommandImportTimes;
}

/** Imports after the demo timed per share: the machines are noisy, and the median of three is steadier than one run. */
const WARM_RUNS = 3;

function timeImport(page: Page, share: number, from: ImportStart): Promise<CalendarImportTimes> {
	return page.evaluate(
		([n, s, f]) => (window as unknown as BenchPage).timeCalendarImport(n, s, f),
		[CALENDAR_OCCURRENCES, share, from] as const
	);
}

const fileToTiesMs = (t: CalendarImportTimes) => t.parseMs + t.storeMs + t.tiesMs;

/**
 * Chromium, as the dashboard imports (its database has imported the demo first, its calendar workers are new): the
 * stages of the median of three imports and a re-derive; then the next import, on the calendar workers kept from the
 * one before; then the same import as the first on a new database, with new workers.
 */
export async function benchCalendarBrowser(
	page: Page
): Promise<{ timings: Timing[]; throughput: string[] }> {
	const timings: Timing[] = [];
	const throughput: string[] = [];
	for (const share of RECURRING_SHARES) {
		const runs: CalendarImportTimes[] = [];
		for (let run = 0; run < WARM_RUNS; run++) runs.push(await timeImport(page, share, 'afterDemo'));
		const times = runs.sort((a, b) => fileToTiesMs(a) - fileToTiesMs(b))[Math.floor(WARM_RUNS / 2)];
		const fileToTies = fileToTiesMs(times);
		const next = fileToTiesMs(await timeImport(page, share, 'next'));
		const first = fileToTiesMs(await timeImport(page, share, 'first'));
		timings.push(
			{ stage: `browser, ${label(share)}: parse (workers)`, ms: times.parseMs },
			{ stage: `browser, same: store and index in DuckDB`, ms: times.storeMs },
			{ stage: `browser, same: ties by SQL`, ms: times.tiesMs },
			{
				stage: `browser, same: pair the meeting index (in the background, after)`,
				ms: times.pairMs
			},
			{ stage: `browser, same: re-derive ties (settings change)`, ms: times.rederiveMs },
			{ stage: `browser, same, the next import (calendar workers kept): file to ties`, ms: next },
			{ stage: `browser, same, the first import on a new database: file to ties`, ms: first }
		);
		throughput.push(
			`Chromium (as the dashboard imports, median of ${WARM_RUNS}), ${label(share)}: ${perSecond(fileToTies)} occurrences/s file to ties (${times.ties.toLocaleString('en-GB')} ties); the next import, on the workers kept: ${perSecond(next)} occurrences/s; as the first import on a new database: ${perSecond(first)} occurrences/s`
		);
	}
	return { timings, throughput };
}
