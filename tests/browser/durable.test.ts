// The workspace lasts, in real Chromium: a reload and a browser restart find the same people, figures, settings and
// selections; Save workspace writes one file that Open workspace restores exactly; a damaged file changes nothing.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisation, rosterCsv } from '../../src/lib/demo';
import { demoIcs } from '../../src/lib/demo/icsExport';
import { openApp, waitForAnalysis, type Session } from './harness';

const demo = generateDemoOrganisation();
const upload = (name: string, buffer: Buffer | Uint8Array | string) => ({
	name,
	mimeType: 'application/octet-stream',
	buffer: Buffer.from(buffer)
});

/** What a user would compare after coming back: the data, its figures, the settings and what was selected. */
async function whatIsShown(page: Page) {
	const panel = page.getByRole('region', { name: /^Selected person/ });
	await panel.waitFor();
	return {
		summary: await page.getByRole('definition').allTextContents(),
		files: await page.getByRole('region', { name: 'Data' }).locator('.files li').allTextContents(),
		largestMeeting: await page.getByLabel('Largest meeting counted').inputValue(),
		minGroupSize: await page.getByTestId('min-group-size').inputValue(),
		person: await panel.getByRole('heading', { level: 2 }).textContent(),
		view: await page.locator('[aria-current="page"]').textContent(),
		leftOut: await page.locator('ul.legend button[aria-pressed="false"] .name').allTextContents()
	};
}

/** Waits until the browser has stored the state as it is now (settings and selections are stored a moment later). */
async function stored(page: Page, view: string): Promise<void> {
	const storedView = () =>
		page.evaluate(async () => {
			try {
				const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('weft');
				const file = await (await folder.getFileHandle('state.json')).getFile();
				const { selection } = JSON.parse(await file.text());
				return selection.personId === null ? null : selection.view;
			} catch {
				return null;
			}
		});
	await expect.poll(storedView, { timeout: 30_000 }).toBe(view);
}

describe('a workspace that lasts', () => {
	let session: Session;
	let before: Awaited<ReturnType<typeof whatIsShown>>;
	let saved: string;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
	}, 120_000);
	afterAll(async () => session?.close());

	it('comes back after a reload and after a browser restart, with its settings and selections', async () => {
		const { page } = session;
		await page
			.getByTestId('file-input')
			.setInputFiles([
				upload('client-roster.csv', rosterCsv(demo)),
				upload('client-calendar.ics', demoIcs(demo))
			]);
		await waitForAnalysis(page);
		const ties = page.getByRole('definition').nth(1);
		const allMeetings = await ties.textContent();
		const largest = page.getByLabel('Largest meeting counted');
		await largest.fill('8');
		await largest.press('Enter');
		// Re-derived a moment after the change: the figures are read once the smaller meetings alone make the ties.
		await expect.poll(() => ties.textContent(), { timeout: 30_000 }).not.toBe(allMeetings);
		await page.getByTestId('min-group-size').fill('7');
		await page.getByTestId('min-group-size').press('Enter');
		await waitForAnalysis(page);
		const search = page.getByRole('combobox', { name: /Find a person/ });
		await search.fill(demo.people[3].name);
		await search.press('ArrowDown');
		await search.press('Enter');
		// A team left out through the legend.
		const firstTeam = page.locator('ul.legend > li > button').first();
		const team = await firstTeam.locator('.name').textContent();
		await firstTeam.click();
		await page.getByRole('button', { name: 'Teams', exact: true }).click();
		before = await whatIsShown(page);
		expect(before).toMatchObject({
			largestMeeting: '8',
			minGroupSize: '7',
			person: demo.people[3].name,
			view: 'Teams',
			leftOut: [team]
		});
		expect(before.files.join(' | ')).toMatch(/client-roster\.csv.*client-calendar\.ics/);
		await stored(page, 'teams');

		await page.reload();
		await waitForAnalysis(page);
		expect(await whatIsShown(page)).toEqual(before);

		await session.restart();
		await waitForAnalysis(session.page);
		expect(await whatIsShown(session.page)).toEqual(before);
	}, 180_000);

	it("brings back the Change view's two periods after a reload", async () => {
		const { page } = session;
		await page.getByRole('button', { name: 'Change', exact: true }).click();
		const [a, b] = [page.getByTestId('period-a'), page.getByTestId('period-b')];
		// The last four weeks against the four before, until the user picks others.
		await expect.poll(() => a.textContent(), { timeout: 30_000 }).not.toBe('not chosen');
		const preset = await a.textContent();
		await page.getByLabel('Split date').fill('2026-02-16');
		await page.getByRole('button', { name: 'Before vs after' }).click();
		const chosen = [await a.textContent(), await b.textContent()];
		expect(chosen[0]).not.toBe(preset);
		expect(chosen[0]).toMatch(/\.\.2026-02-15$/);
		expect(chosen[1]).toMatch(/^2026-02-16\.\./);
		const storedPeriods = () =>
			page.evaluate(async () => {
				const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('weft');
				const file = await (await folder.getFileHandle('state.json')).getFile();
				return JSON.parse(await file.text()).selection.periods?.b?.from ?? null;
			});
		await expect.poll(storedPeriods, { timeout: 30_000 }).toBe(Date.UTC(2026, 1, 16));

		await page.reload();
		await waitForAnalysis(page);
		expect(await page.locator('[aria-current="page"]').textContent()).toBe('Change');
		await expect.poll(() => a.textContent(), { timeout: 30_000 }).toBe(chosen[0]);
		expect(await b.textContent()).toBe(chosen[1]);
		// Back to the view the next test saved the workspace from.
		await page.getByRole('button', { name: 'Teams', exact: true }).click();
		await stored(page, 'teams');
	}, 120_000);

	it('saves one file, and opening it after "Delete all data" restores the same workspace', async () => {
		const { page } = session;
		// The file is packed in a worker of its own: on the page's thread, 100k meetings froze it for half a second.
		const zipWorkers: string[] = [];
		page.on('worker', (worker) => {
			if (worker.url().includes('zipEntries.worker')) zipWorkers.push(worker.url());
		});
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Save workspace' }).click()
		]);
		expect(zipWorkers).toHaveLength(1);
		expect(download.suggestedFilename()).toMatch(/^weft-workspace-\d{4}-\d{2}-\d{2}\.weft$/);
		saved = (await download.path()) ?? '';
		await page.getByRole('button', { name: 'Delete all data' }).click();
		await page
			.getByRole('group', { name: 'Confirm deleting' })
			.getByRole('button', { name: 'Delete' })
			.click();
		await page.getByText(/^All data deleted/).waitFor();
		expect(await page.getByTestId('people-count').count()).toBe(0);

		await page
			.getByTestId('workspace-input')
			.setInputFiles([upload('client.weft', readFileSync(saved))]);
		await waitForAnalysis(page);
		expect(await whatIsShown(page)).toEqual(before);
		// It is unpacked in a worker of its own too.
		expect(zipWorkers).toHaveLength(2);
		// Opened, it is the browser's workspace again: a reload finds it.
		await stored(page, 'teams');
		await page.reload();
		await waitForAnalysis(page);
		expect(await whatIsShown(page)).toEqual(before);
	}, 180_000);

	it('refuses a damaged workspace file with its name, and keeps the workspace as it was', async () => {
		const { page } = session;
		const bytes = readFileSync(saved);
		await page
			.getByTestId('workspace-input')
			.setInputFiles([upload('client.weft', bytes.subarray(0, bytes.length >> 1))]);
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await alert.textContent()).toMatch(/client\.weft: the workspace file cannot be read: /);
		await waitForAnalysis(page);
		expect(await whatIsShown(page)).toEqual(before);
	}, 120_000);

	it('opens the demo, and says why, when what the browser kept cannot be read', async () => {
		const { page } = session;
		await page.evaluate(async () => {
			const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('weft');
			const writable = await (await folder.getFileHandle('workspace.weft')).createWritable();
			await writable.write('PK\u0003\u0004 not a zip after all');
			await writable.close();
		});
		await page.reload();
		await waitForAnalysis(page);
		await page
			.getByText(
				/^the workspace kept in this browser: the workspace file cannot be read: .*; the demo is shown instead\.$/
			)
			.waitFor();
		expect(await page.getByRole('region', { name: 'Data' }).textContent()).toContain(
			'Showing the demo organisation'
		);
	}, 120_000);
});
