// A ~1 GB interactions CSV, and a ~1 GB meetings CSV, uploaded to the built app in headless Chromium: how long DuckDB
// takes to read each from disk and the network to show, and how much memory the page's process used meanwhile (RSS
// from /proc, JS heap from CDP).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp, waitForAnalysis } from '../tests/browser/harness';
import { writeInteractionsCsv } from './largeInteractions';
import { writeMeetingsCsv } from './largeMeetings';

/** The formats measured: interactions go straight to their table, meetings are grouped into occurrences first. */
export type LargeFileKind = 'interactions' | 'meetings';

const WRITERS: Record<
	LargeFileKind,
	(path: string, bytes: number) => Promise<{ rows: number; bytes: number }>
> = {
	interactions: writeInteractionsCsv,
	meetings: writeMeetingsCsv
};

const MB = 1024 * 1024;
export const LARGE_FILE_BYTES = 1000 * MB;
/**
 * The bounds the README states for a 1 GB file: the renderer (the page and its workers, DuckDB's wasm heap among
 * them, which holds the file's rows as a table) and the page's own JS heap, which never holds the file.
 */
export const RENDERER_RSS_BOUND_MB = 5 * 1024;
export const JS_HEAP_BOUND_MB = 256;

export interface LargeFileResult {
	kind: LargeFileKind;
	fileMb: number;
	rows: number;
	people: string | null;
	generateMs: number;
	/** From the upload until the progress bar stopped reading the file. */
	readMs: number;
	/** From the upload until the analysis shows. */
	totalMs: number;
	/** Before the upload, with the demo loaded. */
	baseRendererRssMb: number;
	/** While DuckDB read the file (the progress bar on it), and over the whole import and analysis. */
	readingRendererRssMb: number;
	peakRendererRssMb: number;
	peakChromiumRssMb: number;
	peakJsHeapMb: number;
	/** What the status line said when the JS heap peaked. */
	peakJsHeapDuring: string;
	heldBound: boolean;
}

interface ProcessInfo {
	pid: number;
	ppid: number;
	rssMb: number;
	renderer: boolean;
}

/** Every process under ours (Chromium and its children), with RSS; read from /proc, so Linux only. */
function descendants(root: number): ProcessInfo[] {
	const all: ProcessInfo[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const status = readFileSync(`/proc/${entry}/status`, 'utf8');
			const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
			const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
			const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
			all.push({
				pid: Number(entry),
				ppid,
				rssMb: rssKb / 1024,
				renderer: cmdline.includes('--type=renderer')
			});
		} catch {
			// The process ended while we looked.
		}
	}
	const mine = new Set([root]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const p of all) {
			if (!mine.has(p.pid) && mine.has(p.ppid)) {
				mine.add(p.pid);
				grew = true;
			}
		}
	}
	return all.filter((p) => p.pid !== root && mine.has(p.pid));
}

export async function benchLargeFile(
	kind: LargeFileKind,
	bytes = LARGE_FILE_BYTES
): Promise<LargeFileResult> {
	const folder = await mkdtemp(path.join(tmpdir(), 'weft-bench-large-'));
	const name = `${kind}-1gb.csv`;
	const file = path.join(folder, name);
	try {
		let start = performance.now();
		const made = await WRITERS[kind](file, bytes);
		const generateMs = performance.now() - start;
		const session = await openApp();
		try {
			const { page } = session;
			await waitForAnalysis(page);
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('HeapProfiler.collectGarbage');
			let peakRenderer = 0;
			let peakChromium = 0;
			let peakHeap = 0;
			let peakHeapDuring = '';
			let sampling = true;
			const rendererRss = () =>
				Math.max(
					0,
					...descendants(process.pid)
						.filter((p) => p.renderer)
						.map((p) => p.rssMb)
				);
			const baseRenderer = rendererRss();
			const samples: { at: number; rssMb: number }[] = [];
			const sample = async () => {
				while (sampling) {
					const processes = descendants(process.pid);
					const renderer = Math.max(0, ...processes.filter((p) => p.renderer).map((p) => p.rssMb));
					samples.push({ at: performance.now(), rssMb: renderer });
					peakRenderer = Math.max(peakRenderer, renderer);
					peakChromium = Math.max(
						peakChromium,
						processes.reduce((sum, p) => sum + p.rssMb, 0)
					);
					try {
						const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
						if (heap.usedSize / MB > peakHeap) {
							peakHeap = heap.usedSize / MB;
							peakHeapDuring = await page.evaluate(
								() =>
									document.querySelector('[role="status"]')?.textContent?.trim() ||
									'no import running'
							);
						}
					} catch {
						// The page is busy; the next sample will tell.
					}
					await new Promise((resolve) => setTimeout(resolve, 200));
				}
			};
			const sampler = sample();
			await page.evaluate((name) => {
				const seen: number[] = [];
				(window as unknown as { __readingUntil: number[] }).__readingUntil = seen;
				setInterval(() => {
					const label = document.querySelector('[role="status"]')?.textContent ?? '';
					if (label.includes(`Reading ${name}`)) seen[0] = performance.now();
				}, 100);
			}, name);
			const uploadAt = await page.evaluate(() => performance.now());
			start = performance.now();
			const pageToHere = start - uploadAt;
			await page.getByTestId('file-input').setInputFiles(file);
			await page.waitForFunction(
				(name) =>
					[...document.querySelectorAll('.files li')].some((item) =>
						item.textContent?.includes(name)
					) || document.querySelector('[role="alert"]'),
				name,
				{ timeout: 600_000, polling: 500 }
			);
			await waitForAnalysis(page, 600_000);
			const totalMs = performance.now() - start;
			sampling = false;
			await sampler;
			const alert = await page.locator('[role="alert"]').count();
			if (alert > 0)
				throw new Error(`the import failed: ${await page.getByRole('alert').textContent()}`);
			const readUntil = await page.evaluate(
				() => (window as unknown as { __readingUntil: number[] }).__readingUntil[0]
			);
			return {
				kind,
				fileMb: made.bytes / MB,
				rows: made.rows,
				people: await page.getByTestId('people-count').textContent(),
				generateMs,
				readMs: readUntil - uploadAt,
				totalMs,
				baseRendererRssMb: baseRenderer,
				readingRendererRssMb: Math.max(
					0,
					...samples.filter((s) => s.at <= readUntil + pageToHere).map((s) => s.rssMb)
				),
				peakRendererRssMb: peakRenderer,
				peakChromiumRssMb: peakChromium,
				peakJsHeapMb: peakHeap,
				peakJsHeapDuring: peakHeapDuring,
				heldBound: peakRenderer < RENDERER_RSS_BOUND_MB && peakHeap < JS_HEAP_BOUND_MB
			};
		} finally {
			await session.close();
		}
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

export function largeFileLines(result: LargeFileResult): string[] {
	const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	return [
		`${result.fileMb.toFixed(0)} MB ${result.kind} CSV (${result.rows.toLocaleString('en-GB')} rows, written in ${seconds(result.generateMs)}), uploaded to the dashboard in Chromium:`,
		`  read by DuckDB from disk in ${seconds(result.readMs)} (${(result.fileMb / (result.readMs / 1000)).toFixed(1)} MB/s); analysis shown after ${seconds(result.totalMs)} (${result.people} people)`,
		`  renderer RSS (the page and its workers, DuckDB's wasm heap among them): ${result.baseRendererRssMb.toFixed(0)} MB before, peak ${result.readingRendererRssMb.toFixed(0)} MB while DuckDB read the file, ${result.peakRendererRssMb.toFixed(0)} MB up to the analysis shown`,
		`  all of Chromium at peak: ${result.peakChromiumRssMb.toFixed(0)} MB; peak JS heap of the page: ${result.peakJsHeapMb.toFixed(0)} MB (status then: ${result.peakJsHeapDuring})`,
		`  memory bound for a 1 GB file (renderer RSS under ${RENDERER_RSS_BOUND_MB} MB, page JS heap under ${JS_HEAP_BOUND_MB} MB): ${result.heldBound ? 'held' : 'NOT held'}`
	];
}

// `tsx bench/largeFile.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
	const kind = (process.env.LARGE_FILE_KIND ?? 'interactions') as LargeFileKind;
	const result = await benchLargeFile(kind, Number(process.env.LARGE_FILE_MB ?? 1000) * MB);
	console.log(largeFileLines(result).join('\n'));
}
