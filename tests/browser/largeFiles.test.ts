// A CSV over 64 MB in Chromium: DuckDB reads it from disk in its worker (the page never reads it whole), the bar shows
// DuckDB's progress, Cancel leaves the data as it was, and a large file that is not UTF-8 is refused by name.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeInteractionsCsv, type LargeInteractions } from '../../bench/largeInteractions';
import { writeMeetingsCsv } from '../../bench/largeMeetings';
import { openApp, waitForAnalysis, type Session } from './harness';

const MB = 1024 * 1024;

declare global {
	interface Window {
		/** The most bytes the page's own code read from one file at once. */
		__largestRead: number;
		/** What the progress bar showed while the import ran: label and fraction. */
		__progressSeen: [string, number][];
	}
}

/** Records every whole read of a Blob or File in the page, so the test can tell whether the page read the file. */
function watchReads(): void {
	window.__largestRead = 0;
	const note = (blob: Blob) => {
		window.__largestRead = Math.max(window.__largestRead, blob.size);
	};
	for (const method of ['arrayBuffer', 'text', 'stream', 'bytes'] as const) {
		const original = Blob.prototype[method] as ((this: Blob) => unknown) | undefined;
		if (!original) continue;
		Object.defineProperty(Blob.prototype, method, {
			configurable: true,
			value(this: Blob) {
				note(this);
				return original.call(this);
			}
		});
	}
	for (const method of ['readAsArrayBuffer', 'readAsText', 'readAsDataURL'] as const) {
		const original = FileReader.prototype[method] as (this: FileReader, blob: Blob) => void;
		FileReader.prototype[method] = function (this: FileReader, blob: Blob) {
			note(blob);
			original.call(this, blob);
		};
	}
	window.__progressSeen = [];
	setInterval(() => {
		const status = document.querySelector('[role="status"]');
		const bar = status?.querySelector('progress');
		if (status && bar) window.__progressSeen.push([status.textContent ?? '', bar.position]);
	}, 50);
}

describe('a large CSV in the dashboard', () => {
	let session: Session;
	let folder: string;
	let large: { path: string; made: LargeInteractions };
	beforeAll(async () => {
		folder = await mkdtemp(path.join(tmpdir(), 'weft-large-browser-'));
		const file = path.join(folder, 'interactions-large.csv');
		large = { path: file, made: await writeInteractionsCsv(file, 72 * MB, 800) };
		session = await openApp();
		await session.page.addInitScript(watchReads);
		await session.page.reload();
		await waitForAnalysis(session.page);
	}, 120_000);
	afterAll(async () => {
		await session?.close();
		if (folder) await rm(folder, { recursive: true, force: true });
	});

	const peopleCount = () => session.page.getByTestId('people-count').textContent();

	it('is read by DuckDB from disk, with progress, and every row arrives', async () => {
		const { page } = session;
		await page.evaluate(() => {
			window.__largestRead = 0;
			window.__progressSeen = [];
		});
		await page.getByTestId('file-input').setInputFiles(large.path);
		await page.waitForFunction(
			() =>
				[...document.querySelectorAll('.files li')].some((item) =>
					item.textContent?.includes('interactions-large.csv')
				),
			null,
			{ timeout: 120_000 }
		);
		await waitForAnalysis(page, 120_000);

		const rows = await page
			.locator('.files li', { hasText: 'interactions-large.csv' })
			.textContent();
		expect(rows?.replace(/,/g, '')).toContain(`${large.made.rows} interactions`);
		expect(await peopleCount()).toBe('800');
		// The page read the file's head (1 MB) and nothing more: the rest went from disk to DuckDB's worker.
		expect(await page.evaluate(() => window.__largestRead)).toBeLessThanOrEqual(1 * MB);
		const seen = await page.evaluate(() => window.__progressSeen);
		const reading = seen.filter(([label]) =>
			label.includes('Reading interactions-large.csv (72 MB)')
		);
		expect(reading.length).toBeGreaterThan(0);
		expect(Math.max(...reading.map(([, fraction]) => fraction))).toBeGreaterThan(0.3);
	}, 180_000);

	it('groups a large meetings CSV into occurrences in DuckDB, never in the page, with progress', async () => {
		const { page } = session;
		await page.evaluate(() => {
			window.__largestRead = 0;
			window.__progressSeen = [];
		});
		const file = path.join(folder, 'meetings-large.csv');
		const made = await writeMeetingsCsv(file, 72 * MB, 800);
		await page.getByTestId('file-input').setInputFiles(file);
		await page.waitForFunction(
			() =>
				[...document.querySelectorAll('.files li')].some((item) =>
					item.textContent?.includes('meetings-large.csv')
				),
			null,
			{ timeout: 120_000 }
		);
		await waitForAnalysis(page, 120_000);
		const listed = await page.locator('.files li', { hasText: 'meetings-large.csv' }).textContent();
		expect(listed?.replace(/,/g, '')).toContain(`${made.occurrences} occurrences`);
		expect(await page.evaluate(() => window.__largestRead)).toBeLessThanOrEqual(1 * MB);
		const reading = (await page.evaluate(() => window.__progressSeen)).filter(([label]) =>
			label.includes('Reading meetings-large.csv (72 MB)')
		);
		// DuckDB's progress over the three passes the reader makes, past the first.
		expect(Math.max(...reading.map(([, fraction]) => fraction))).toBeGreaterThan(1 / 3);
	}, 180_000);

	it('stops when cancelled, leaving the data as it was', async () => {
		const { page } = session;
		const before = await peopleCount();
		await page.evaluate(() => (window.__progressSeen = []));
		const copy = path.join(folder, 'second-large.csv');
		await writeInteractionsCsv(copy, 72 * MB, 300);
		await page.getByTestId('file-input').setInputFiles(copy);
		await page.waitForFunction(
			() => {
				const status = document.querySelector('[role="status"]');
				return (
					status?.textContent?.includes('Reading second-large.csv') &&
					(status.querySelector('progress')?.position ?? 0) > 0.05
				);
			},
			null,
			{ timeout: 60_000 }
		);
		const cancelledAt = Date.now();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.getByText('Import cancelled: nothing was changed.').waitFor({ timeout: 20_000 });
		expect(Date.now() - cancelledAt).toBeLessThan(10_000);
		expect(await peopleCount()).toBe(before);
		await expect(page.locator('.files li', { hasText: 'second-large.csv' }).count()).resolves.toBe(
			0
		);
	}, 120_000);

	it('refuses a large file that is not UTF-8 by name, and leaves the data as it was', async () => {
		const { page } = session;
		const before = await peopleCount();
		const latin = path.join(folder, 'latin-large.csv');
		const head = Buffer.from('id,name,team\n1,Zo\xeb,Sales\n', 'latin1');
		await writeFile(latin, Buffer.concat([head, Buffer.alloc(66 * MB, 0x20)]));
		await page.getByTestId('file-input').setInputFiles(latin);
		const alert = page.getByRole('alert');
		await alert.waitFor({ timeout: 20_000 });
		expect(await alert.textContent()).toContain(
			'latin-large.csv: the file is not UTF-8 text (Windows-1252?); a file of 64 MB or more is read from disk as it is and must be UTF-8: save it as CSV UTF-8'
		);
		await waitForAnalysis(page);
		expect(await peopleCount()).toBe(before);
	}, 60_000);
});
