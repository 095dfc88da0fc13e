// DuckDB runs threaded where the server isolates the page (as `npm run dev` and `preview` do), and on one thread
// where it does not (a static host without headers): the same calendar gives the same network either way.
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoOrganisation, rosterCsv } from '../../src/lib/demo';
import { demoIcs } from '../../src/lib/demo/icsExport';
import { openApp, waitForAnalysis, type Session } from './harness';

const demo = generateDemoOrganisation();

/** The page's isolation, the DuckDB build it loaded, and the figures after importing the demo's roster and calendar. */
async function importDemoCalendar(isolated: boolean) {
	session = await openApp(undefined, { isolated });
	const { page } = session;
	await waitForAnalysis(page);
	await page.getByTestId('file-input').setInputFiles([
		{ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv(demo)) },
		{ name: 'team.ics', mimeType: 'text/calendar', buffer: Buffer.from(demoIcs(demo)) }
	]);
	await page.getByRole('region', { name: 'Import summary' }).waitFor({ timeout: 60_000 });
	await waitForAnalysis(page);
	const wasm = session.requests
		.filter((url) => url.endsWith('.wasm'))
		.map((url) => url.split('/').pop());
	return {
		crossOriginIsolated: await page.evaluate(() => globalThis.crossOriginIsolated),
		wasm,
		headline: await page
			.getByRole('region', { name: 'Import summary' })
			.locator('.headline')
			.textContent(),
		people: await page.getByTestId('people-count').textContent(),
		isolatedPeople: await page.getByTestId('isolated-count').textContent(),
		errors: [...session.errors]
	};
}

let session: Session | undefined;
afterEach(async () => {
	await session?.close();
	session = undefined;
});

describe('DuckDB with and without cross-origin isolation', () => {
	it('loads the threaded build when isolated and the single-threaded one when not, with the same network', async () => {
		const threaded = await importDemoCalendar(true);
		await session?.close();
		const single = await importDemoCalendar(false);

		expect(threaded.crossOriginIsolated).toBe(true);
		expect(threaded.wasm).toEqual([expect.stringMatching(/^duckdb-coi\..*\.wasm$/)]);
		expect(single.crossOriginIsolated).toBe(false);
		expect(single.wasm).toEqual([expect.stringMatching(/^duckdb-eh\..*\.wasm$/)]);

		expect(threaded.people).toBe(String(demo.people.length));
		expect(threaded.headline).toMatch(/meeting occurrences counted/);
		expect(single.headline).toBe(threaded.headline);
		expect(single.people).toBe(threaded.people);
		expect(single.isolatedPeople).toBe(threaded.isolatedPeople);
		expect(threaded.errors).toEqual([]);
		expect(single.errors).toEqual([]);
	});
});
