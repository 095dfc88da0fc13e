// The Teams, Communities and Roles views in real Chromium, on the demo organisation and its calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisation, rosterCsv } from '../../src/lib/demo';
import { demoIcs } from '../../src/lib/demo/icsExport';
import { openApp, waitForAnalysis, type Session } from './harness';

const demo = generateDemoOrganisation();
const nameOf = new Map(demo.people.map((p) => [p.id, p.name]));
const upload = (name: string, text: string) => ({
	name,
	mimeType: 'text/plain',
	buffer: Buffer.from(text)
});

describe('the insight views', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
	});
	afterAll(async () => session?.close());

	const openView = (label: string) =>
		session.page
			.getByRole('navigation', { name: 'Views' })
			.getByRole('button', { name: label })
			.click();

	it('draws the team heatmap with one row per demo team and shows a cell on hover', async () => {
		const { page } = session;
		await openView('Teams');
		const grid = page.getByRole('grid', { name: /Team-by-team collaboration/ });
		await grid.waitFor();
		const rows = (await grid.getByRole('rowheader').allTextContents()).map((t) => t.trim());
		expect([...rows].sort()).toEqual(demo.teams.map((t) => t.name).sort());
		expect(await grid.getByRole('gridcell').count()).toBe(rows.length * rows.length);

		// The planted silo works inside itself: its diagonal cell holds most of its weight.
		const silo = rows.indexOf(demo.planted.siloedTeam);
		await grid.locator(`[data-cell="${silo}-${silo}"]`).hover();
		const tooltip = page.getByTestId('heatmap-tooltip');
		await tooltip.waitFor();
		const text = (await tooltip.textContent()) ?? '';
		expect(text).toContain(`Inside ${demo.planted.siloedTeam}`);
		const share = Number(/tie weight\s*(\d+(?:\.\d)?)%/.exec(text)?.[1]);
		expect(share).toBeGreaterThan(80);

		// The toggle recolours by ties: the legend says so and the cells carry whole numbers.
		await page.getByRole('radio', { name: 'Ties' }).click();
		expect(await page.getByRole('figure', { name: 'Colour legend' }).textContent()).toContain(
			'Ties between the two teams'
		);
	});

	it('lists fragile bridges with their person, and choosing the person selects them', async () => {
		const { page } = session;
		const bridges = page.getByRole('region', { name: 'Fragile bridges' });
		const first = bridges.locator('ol li').first();
		expect(await first.textContent()).toMatch(/\d+% of their tie weight runs through/);
		const person = first.getByRole('button');
		const name = ((await person.textContent()) ?? '').trim();
		await person.click();
		const panel = page.getByRole('region', { name: 'Selected person' });
		expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(name);
		await panel.getByRole('button', { name: 'Close the person panel' }).click();
	});

	it('opens a measure definition in plain words from the "?" beside it', async () => {
		const { page } = session;
		await page.getByRole('button', { name: 'What is Silo score?' }).first().click();
		const note = page.getByRole('note', { name: 'Silo score' }).first();
		await note.waitFor();
		expect(await note.textContent()).toContain('stays inside teams');
		await page.keyboard.press('Escape');
		await note.waitFor({ state: 'hidden' });
	});

	it('lists the planted brokers as brokers, with why, and re-gives roles when a rule changes', async () => {
		const { page } = session;
		await openView('Roles');
		const brokers = page.getByRole('region', { name: 'Broker', exact: true });
		for (const id of demo.planted.brokers) {
			const item = brokers.locator('li[data-role="broker"]', { hasText: nameOf.get(id) });
			await item.waitFor();
			expect(await item.locator('.reasons li').count()).toBeGreaterThan(0);
		}
		const connectors = page.getByRole('region', { name: 'Central connector' });
		const before = await connectors.locator('li[data-role="connector"]').count();
		await page.getByLabel('Connectors: top per cent of their team by ties inside it').fill('50');
		await page
			.getByLabel('Connectors: top per cent of their team by ties inside it')
			.press('Enter');
		await expect
			.poll(() => connectors.locator('li[data-role="connector"]').count())
			.toBeGreaterThan(before);
		await page.getByRole('button', { name: 'Back to the defaults' }).click();
		await expect.poll(() => connectors.locator('li[data-role="connector"]').count()).toBe(before);
	});

	it('compares the communities with the teams they draw from', async () => {
		const { page } = session;
		await openView('Communities');
		const cards = page.getByTestId('community');
		await cards.first().waitFor();
		expect(await cards.count()).toBeGreaterThan(1);
		// Each community's bar names its teams and their members, which add up to its size.
		const first = cards.first();
		const size = Number(/(\d+) people/.exec((await first.textContent()) ?? '')?.[1]);
		const label = (await first.getByRole('img').getAttribute('aria-label')) ?? '';
		const members = [...label.matchAll(/ (\d+)(?:,|$)/g)].reduce((n, m) => n + Number(m[1]), 0);
		expect(members).toBe(size);
		// The demo opens on its calendar, so its weekly guild shows as a community of practice.
		const guild = page
			.getByTestId('practice-community')
			.filter({ hasText: demo.planted.communityOfPractice });
		expect(await guild.textContent()).toMatch(/weekly/i);
	});

	it("finds the demo's cross-team community of practice in its calendar", async () => {
		const { page } = session;
		await page
			.getByTestId('file-input')
			.setInputFiles([
				upload('roster.csv', rosterCsv(demo)),
				upload('calendar.ics', demoIcs(demo))
			]);
		await page.getByRole('region', { name: 'Import summary' }).waitFor({ timeout: 60_000 });
		await waitForAnalysis(page);
		const series = page
			.getByTestId('practice-community')
			.filter({ hasText: demo.planted.communityOfPractice });
		await series.waitFor();
		const teams = Number(/from (\d+) teams/.exec((await series.textContent()) ?? '')?.[1]);
		expect(teams).toBeGreaterThanOrEqual(3);
		expect(await series.getByRole('img', { name: /^Attendance at/ }).count()).toBe(1);
	});

	it('logs no errors', () => {
		expect(session.errors).toEqual([]);
	});
});
