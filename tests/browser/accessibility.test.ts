// What a screen reader gets, read from Chromium's own accessibility tree: the canvas's name and description, the People
// table's caption, headers and sort, the person panel's headings and lists of ties, focus on opening and closing, the
// announcements; and a legend that groups the teams past the palette in a 6,000-person organisation.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS } from '../../src/lib/explore/palette';
import { openApp, waitForAnalysis, type Session } from './harness';
import { PEOPLE, uploadOrganisation } from './organisation';

interface AXNode {
	role?: { value?: string };
	name?: { value?: string };
	description?: { value?: string };
}

/** Chromium's accessibility node for the first element matching `selector`: its role, name and description. */
async function axNode(cdp: CDPSession, selector: string): Promise<AXNode> {
	const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	if (!nodeId) throw new Error(`nothing matches ${selector}`);
	const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
		nodeId,
		fetchRelatives: false
	})) as { nodes: AXNode[] };
	return nodes[0];
}

const focusedText = (page: Page) =>
	page.evaluate(() => ({
		tag: document.activeElement?.tagName,
		text: document.activeElement?.textContent?.trim()
	}));

describe('for a screen reader, on the demo', () => {
	let session: Session;
	let page: Page;
	let cdp: CDPSession;
	beforeAll(async () => {
		session = await openApp();
		page = session.page;
		await waitForAnalysis(page);
		cdp = await session.context.newCDPSession(page);
		await cdp.send('Accessibility.enable');
	});
	afterAll(async () => session?.close());

	it('names the network picture and points to the table that holds the same data', async () => {
		const people = await page.getByTestId('people-count').textContent();
		const canvas = await axNode(cdp, '.canvas-area canvas');
		expect(canvas.role?.value).toBe('application');
		expect(canvas.name?.value).toMatch(new RegExp(`^Collaboration network: ${people} people, `));
		expect(canvas.description?.value).toMatch(/People view, a table/);
		expect(canvas.description?.value).toMatch(/Arrow keys pan/);
	});

	it('announces how many people match a search', async () => {
		const search = page.getByRole('combobox', { name: /Find a person/ });
		await search.fill('zzzz-nobody');
		const live = page.locator('.search [aria-live="polite"]');
		expect(await live.textContent()).toBe('No one matches.');
		await search.fill('a');
		expect(await live.textContent()).toMatch(/^(More than 50 people match|\d+ people match)/);
		await search.fill('');
		await search.press('Escape');
	});

	it('reads the People table by its caption, column headers, row headers and sort', async () => {
		await page
			.getByRole('navigation', { name: 'Views' })
			.getByRole('button', { name: 'People' })
			.click();
		const table = page.getByRole('table', { name: 'Every person and their measures' });
		await table.waitFor();
		const snapshot = await table.ariaSnapshot();
		expect(snapshot).toMatch(/columnheader "Name"/);
		expect(snapshot).toMatch(/columnheader "Betweenness/);
		const people = Number(await page.getByTestId('people-count').textContent());
		expect(await table.getByRole('rowheader').count()).toBe(people);

		// Chromium's tree does not report the sort over CDP: the attribute is checked on the header it names.
		const sorted = await axNode(cdp, 'table thead th[aria-sort="descending"]');
		expect(sorted.role?.value).toBe('columnheader');
		expect(sorted.name?.value).toMatch(/^Betweenness/);
		expect(await table.locator('thead th[aria-sort="none"]').count()).toBeGreaterThan(5);

		await table.getByRole('button', { name: 'Name', exact: true }).click();
		expect(await table.locator('thead th').first().getAttribute('aria-sort')).toBe('ascending');
		expect(
			await page.locator('p[aria-live="polite"]', { hasText: 'sorted by' }).textContent()
		).toBe('Every person and their measures: sorted by Name, A to Z.');
		const names = await table.getByRole('rowheader').allTextContents();
		expect(names.map((n) => n.trim())).toEqual(
			[...names.map((n) => n.trim())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
		);
	});

	it('opens a person from the table by keyboard, reads their panel and gives focus back on closing', async () => {
		const table = page.getByRole('table', { name: 'Every person and their measures' });
		const first = table.getByRole('rowheader').first().getByRole('button');
		const name = (await first.textContent())?.trim() ?? '';
		await first.focus();
		await page.keyboard.press('Enter');
		const panel = page.getByRole('region', { name: `Selected person: ${name}` });
		await panel.waitFor();
		await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
		expect(await focusedText(page)).toEqual({ tag: 'H2', text: name });
		expect(await first.getAttribute('aria-pressed')).toBe('true');

		const snapshot = await panel.ariaSnapshot();
		expect(snapshot).toContain(`heading "${name}" [level=2]`);
		for (const section of ['Measures', 'Ties by team'])
			expect(snapshot).toContain(`heading "${section}" [level=3]`);
		expect(snapshot).toMatch(/button "Close the person panel"/);
		// Their ties: a list per team (the first one opened), each tie a list item with a button to open that person.
		await panel.locator('details summary').first().click();
		const lists = panel.getByRole('list', { name: /^Ties with / });
		expect(await lists.count()).toBeGreaterThan(0);
		const firstList = await lists.first().ariaSnapshot();
		expect(firstList).toMatch(/listitem:\s*\n\s*- button "[^"]+"/);
		expect(firstList).toMatch(/interactions?, weight/);

		await panel.getByRole('button', { name: 'Close the person panel' }).click();
		await panel.waitFor({ state: 'detached' });
		expect(await focusedText(page)).toEqual({ tag: 'BUTTON', text: name });
	});

	it('names the landmarks of the page', async () => {
		const snapshot = await page.locator('body').ariaSnapshot();
		expect(snapshot).toContain('complementary "Data, appearance and filters"');
		expect(snapshot).toContain('navigation "Views"');
		await page
			.getByRole('navigation', { name: 'Views' })
			.getByRole('button', { name: 'Network' })
			.click();
	});

	it('logs no errors', () => {
		expect(session.errors).toEqual([]);
	});
});

describe(`the team legend of a ${PEOPLE.toLocaleString('en-GB')}-person organisation with 30 teams`, () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
		await uploadOrganisation(session.page);
	});
	afterAll(async () => session?.close());

	it('gives the largest teams their own colours and groups the rest in one grey entry', async () => {
		const { page } = session;
		const legend = page.getByRole('list', { name: /^Team:/ });
		const group = legend.getByTestId('legend-group');
		const own = await legend
			.locator(':scope > li:not([data-testid="legend-group"]) .swatch')
			.evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundColor));
		const hex = (rgb: string) =>
			`#${(rgb.match(/\d+/g) ?? []).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
		expect(own.map(hex)).toEqual(CATEGORY_COLOURS);
		const teams = Number(
			await page
				.locator('dl[aria-label="Network summary"] dt', { hasText: /^Teams$/ })
				.locator('xpath=following-sibling::dd[1]')
				.textContent()
		);
		const others = teams - CATEGORY_COLOURS.length;
		expect(await group.getByRole('button').first().textContent()).toMatch(
			new RegExp(`Other teams \\(${others} teams\\)\\s*4,600`)
		);
		await group.locator('summary').click();
		expect(await group.getByRole('list').getByRole('button').count()).toBe(others);
	});

	it('leaves the other teams out together from their legend entry, and brings them back', async () => {
		const { page } = session;
		const entry = page.getByTestId('legend-group').getByRole('button').first();
		await entry.click();
		expect(await entry.getAttribute('aria-pressed')).toBe('false');
		await page.getByText(/^Showing 1,400 of 6,000 people/).waitFor();
		await entry.click();
		expect(await entry.getAttribute('aria-pressed')).toBe('true');
		await page.getByText(/^Showing 6,000 of 6,000 people/).waitFor();
	});

	it('logs no errors', () => {
		expect(session.errors).toEqual([]);
	});
});
