// Exploring the network by its controls in real Chromium: search, colouring and its legend, filters, ego, team view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisation } from '../../src/lib/demo';
import { openApp, waitForAnalysis, type Session } from './harness';

const demo = generateDemoOrganisation();
const broker = demo.people.find((p) => p.id === demo.planted.brokers[0]);

describe('exploring the network', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
	});
	afterAll(async () => session?.close());

	it('finds a person from the keyboard and opens their panel with their ties', async () => {
		const { page } = session;
		const search = page.getByRole('combobox', { name: /Find a person/ });
		await search.fill(broker?.name.split(' ')[0] ?? '');
		const options = page.getByRole('option');
		expect(await options.count()).toBeGreaterThan(0);
		const names = await options.locator('.name').allTextContents();
		await search.press('ArrowDown');
		const index = names.indexOf(broker?.name ?? '');
		expect(index).toBeGreaterThanOrEqual(0);
		for (let i = 1; i < index; i++) await search.press('ArrowDown');
		// ArrowDown from the first suggestion moved once; step back to the wanted one if needed.
		if (index === 0) await search.press('ArrowUp');
		await search.press('Enter');
		const panel = page.getByRole('region', { name: 'Selected person' });
		await panel.waitFor();
		expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(broker?.name);
		expect(await panel.textContent()).toMatch(/Ties by team/i);
	});

	it('shows only the selected person’s network, one then two steps out', async () => {
		const { page } = session;
		const panel = page.getByRole('region', { name: 'Selected person' });
		await panel.getByRole('button', { name: 'one step' }).click();
		expect(await page.getByTestId('ego-bar').textContent()).toMatch(/one step out/);
		const oneStep = await page.getByText(/^Showing [\d,]+ of 250 people/).textContent();
		await page.getByTestId('ego-bar').getByRole('button', { name: 'Two steps' }).click();
		const twoSteps = await page.getByText(/^Showing [\d,]+ of 250 people/).textContent();
		const count = (text: string | null) =>
			Number(/Showing ([\d,]+)/.exec(text ?? '')?.[1].replace(',', ''));
		// The broker's own ties, then everyone within two steps: more people, not yet everyone.
		expect(count(oneStep)).toBeGreaterThan(5);
		expect(count(twoSteps)).toBeGreaterThan(count(oneStep));
		await page.getByTestId('ego-bar').getByRole('button', { name: 'Show everyone' }).click();
		expect(count(await page.getByText(/^Showing [\d,]+ of 250 people/).textContent())).toBe(250);
	});

	it('colours by role with a legend that leaves a role out and brings it back', async () => {
		const { page } = session;
		await page.getByLabel('Colour people by').selectOption('role');
		const legend = page.getByRole('list', { name: /^Role:/ });
		const entries = await legend.locator('.name').allTextContents();
		expect(entries).toContain('Broker');
		const brokers = legend.getByRole('button', { name: /Broker/ });
		await brokers.click();
		expect(await brokers.getAttribute('aria-pressed')).toBe('false');
		const shown = await page.getByText(/^Showing [\d,]+ of 250 people/).textContent();
		expect(shown).not.toMatch(/Showing 250 of/);
		await brokers.click();
		expect(await page.getByText(/^Showing [\d,]+ of 250 people/).textContent()).toMatch(
			/Showing 250 of/
		);
	});

	it('colours by a measure on a scale with its range', async () => {
		const { page } = session;
		await page.getByLabel('Colour people by').selectOption('betweenness');
		const scale = page.getByRole('figure', { name: /^Betweenness, from/ });
		expect(await scale.textContent()).toMatch(/Betweenness/);
		await page.getByLabel('Colour people by').selectOption('team');
	});

	it('draws the team view with one circle per team', async () => {
		const { page } = session;
		await page.getByRole('radio', { name: 'Teams' }).click();
		const circles = page.locator('.team-network circle');
		expect(await circles.count()).toBe(demo.teams.length);
		await page.getByRole('radio', { name: 'People' }).click();
	});

	it('makes a team vanish from the picture when it is filtered out, and brings it back', async () => {
		const { page } = session;
		const silo = demo.teams.find((t) => t.name === demo.planted.siloedTeam);
		const drawn = async () => {
			// The count is of people in view: bring everyone into view, then let the frame land.
			await page.getByRole('button', { name: 'Fit the whole network in view' }).click();
			await page.waitForTimeout(600);
			return Number(await page.locator('canvas').getAttribute('data-drawn-people'));
		};
		expect(await drawn()).toBe(250);
		await page.getByRole('radio', { name: 'vanish' }).check();
		const teams = page.locator('.filters details', {
			has: page.locator('summary', { hasText: /^Teams$/ })
		});
		await teams.locator('summary').click();
		await teams.getByLabel(demo.planted.siloedTeam).uncheck();
		expect(await drawn()).toBe(250 - (silo?.size ?? 0));
		await teams.getByLabel(demo.planted.siloedTeam).check();
		expect(await drawn()).toBe(250);
	});

	it('logs no errors', () => {
		expect(session.errors).toEqual([]);
	});
});
