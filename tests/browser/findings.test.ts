// The Findings view in real Chromium: each finding with its chart and a way to its view, printed to PDF as a report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisation } from '../../src/lib/demo';
import { openApp, waitForAnalysis, type Session } from './harness';
import { readPdf, type PdfPage } from './pdfText';

const { planted } = generateDemoOrganisation();
const SECTIONS = [
	'The organisation at a glance',
	'Siloed teams',
	'Fragile bridges',
	'Brokers',
	'Isolated and at the edge',
	'Communities across teams'
];

/** The page each section's heading is printed on (headings print in capitals). */
function sectionPages(pages: PdfPage[]): number[] {
	return SECTIONS.map((title) =>
		pages.findIndex((page) => page.text.toUpperCase().includes(title.toUpperCase()))
	);
}

describe('the Findings view', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
		await session.page.getByRole('button', { name: 'Findings', exact: true }).click();
		await session.page.getByTestId('findings').waitFor();
	});
	afterAll(async () => session?.close());

	it('tells the demo’s story, each finding with a vector chart and a way to its view', async () => {
		const { page } = session;
		const headings = await page.locator('[data-testid="findings"] h2').allTextContents();
		expect(headings).toEqual(SECTIONS);
		const findings = page.locator('[data-testid="findings"] article');
		expect(await findings.count()).toBe(7);
		// Every finding of the demo has a chart, drawn as SVG (never canvas), and a button to its view.
		expect(await page.locator('[data-testid="findings"] figure svg').count()).toBe(7);
		expect(await page.locator('[data-testid="findings"] canvas').count()).toBe(0);
		expect(await page.locator('[data-testid="findings"] button.go').count()).toBe(7);
		const silos = page.locator('[data-finding="silos"]');
		expect(await silos.locator('h3').textContent()).toContain(planted.siloedTeam);
		mkdirSync('test-results', { recursive: true });
		await page.screenshot({ path: 'test-results/findings.png', fullPage: false });

		await silos.getByRole('button', { name: 'Show in the Teams view' }).click();
		await expect
			.poll(() => page.locator('nav button[aria-current="page"]').textContent())
			.toBe('Teams');
		await page.getByRole('button', { name: 'Findings', exact: true }).click();
		await page.getByTestId('findings').waitFor();
		expect(session.errors).toEqual([]);
	});

	for (const [format, width] of [
		['A4', 595.28],
		['Letter', 612]
	] as const) {
		it(`prints to ${format}: one section per page, the app's chrome left out, charts as vectors`, async () => {
			const pdf = await session.page.pdf({ format, printBackground: true });
			writeFileSync(`test-results/findings-${format}.pdf`, pdf);
			const pages = await readPdf(pdf);
			// Chromium rounds the paper to whole CSS pixels: within a point of the standard size.
			for (const page of pages) expect(Math.abs(page.width - width)).toBeLessThan(1.5);
			const at = sectionPages(pages);
			// Every section is there, each starting a page of its own, in order.
			expect(at.every((index) => index >= 0)).toBe(true);
			for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThan(at[i - 1]);
			const all = pages.map((page) => page.text).join(' ');
			expect(all).toContain('Collaboration findings');
			expect(all).toContain(planted.communityOfPractice);
			// The top bar, the rail and the buttons are not printed.
			expect(all).not.toContain('Private: data stays on this device');
			expect(all).not.toContain('Show in the');
			expect(all).not.toContain('Colour people by');
			// Charts are vector drawings: no raster image on any page.
			expect(pages.reduce((sum, page) => sum + page.images, 0)).toBe(0);
			expect(pages.length).toBeLessThanOrEqual(12);
			if (format === 'A4') {
				// For a reader of the test results: the print layout as one long picture.
				await session.page.emulateMedia({ media: 'print' });
				await session.page.screenshot({ path: 'test-results/findings-print.png', fullPage: true });
				// Back to no emulation (not 'screen': page.pdf would then print the screen styles).
				await session.page.emulateMedia({ media: null });
			}
		});
	}
});
