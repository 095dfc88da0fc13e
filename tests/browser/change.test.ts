// The Change view in real Chromium on the demo: the brush re-derives the network, and the planted change is found.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisation } from '../../src/lib/demo';
import { openApp, waitForAnalysis, type Session } from './harness';

const demo = generateDemoOrganisation();
const nameOf = new Map(demo.people.map((p) => [p.id, p.name]));

describe('the Change view', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
	});
	afterAll(async () => session?.close());

	const tieCount = async () =>
		Number(
			(
				(await session.page.locator('dl[aria-label="Network summary"] dd').nth(1).textContent()) ??
				''
			).replace(/,/g, '')
		);

	it('draws the weekly timeline and moves the analysis window with the keyboard and the mouse', async () => {
		const { page } = session;
		const before = await tieCount();
		expect(before).toBeGreaterThan(1000);
		await page
			.getByRole('navigation', { name: 'Views' })
			.getByRole('button', { name: 'Change' })
			.click();
		const timeline = page.getByTestId('timeline');
		await timeline.waitFor();
		// The demo quarter: 13 weeks from Monday 2026-01-05, one bar each.
		expect(await timeline.locator('rect.bar').count()).toBe(13);
		expect(await timeline.getAttribute('aria-valuetext')).toBe('all weeks');

		// From the keyboard: the first four weeks, then a week later.
		await timeline.focus();
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(() => timeline.getAttribute('aria-valuetext'))
			.toBe('2026-01-12 to 2026-02-08 (4 weeks)');
		// The settings wait a moment for more keys before the network is derived again.
		await expect.poll(tieCount, { timeout: 30_000 }).toBeLessThan(before);
		await waitForAnalysis(page);
		const fourWeeks = await tieCount();
		expect(fourWeeks).toBeGreaterThan(0);

		// With the mouse: a brush over roughly the last two weeks gives fewer ties still.
		const box = await timeline.locator('svg').boundingBox();
		if (!box) throw new Error('the timeline has no box');
		const y = box.y + box.height / 2;
		await page.mouse.move(box.x + box.width - 100, y);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width - 60, y, { steps: 4 });
		await page.mouse.move(box.x + box.width - 41, y, { steps: 4 });
		await page.mouse.up();
		await expect.poll(() => timeline.getAttribute('aria-valuetext')).toMatch(/\(\d weeks?\)$/);
		await expect.poll(tieCount, { timeout: 30_000 }).not.toBe(fourWeeks);
		await waitForAnalysis(page);
		const brushed = await tieCount();
		expect(brushed).toBeLessThan(before);

		// Delete takes the whole quarter again: the network is the one the page opened with.
		await timeline.focus();
		await page.keyboard.press('Delete');
		await expect.poll(() => timeline.getAttribute('aria-valuetext')).toBe('all weeks');
		await expect.poll(tieCount, { timeout: 30_000 }).toBe(before);
	});

	it('compares before and after week 7 and finds the planted drifter and the circle', async () => {
		const { page } = session;
		await page.getByLabel('Split date').fill('2026-02-16');
		await page.getByRole('button', { name: 'Before vs after' }).click();
		expect(await page.getByTestId('period-a').textContent()).toBe('2026-01-05..2026-02-15');
		expect(await page.getByTestId('period-b').textContent()).toBe('2026-02-16..2026-04-05');
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await page.getByTestId('tie-change').waitFor({ timeout: 60_000 });
		const drift = page.getByRole('region', { name: 'Drifting to the edge' });
		const drifter = nameOf.get(demo.planted.change?.drifting ?? '') ?? '';
		expect(await drift.locator('li').first().textContent()).toContain(drifter);
		// The circle's teams gained the most ties outside: both in the top rows of the teams table.
		const rows = page.getByRole('region', { name: 'Teams, A → B' }).locator('tbody th');
		const firstThree = (await rows.allTextContents()).slice(0, 3);
		expect(firstThree).toEqual(expect.arrayContaining(['Mobile', 'Design']));
		expect(await page.getByTestId('ties-gained').locator('li').count()).toBeGreaterThan(0);
		expect(await page.getByTestId('empty-period').count()).toBe(0);
		// The three planted newcomers, by name, earliest start first.
		const newcomers = page.getByRole('region', { name: 'Newcomers' }).locator('tbody th button');
		expect(await newcomers.allTextContents()).toEqual(
			(demo.planted.change?.newcomers ?? []).map((id) => nameOf.get(id))
		);
		mkdirSync('test-results', { recursive: true });
		await page.screenshot({ path: 'test-results/change-view.png', fullPage: true });
		await page
			.getByRole('region', { name: 'Newcomers' })
			.screenshot({ path: 'test-results/change-newcomers.png' });

		// The network picture colours the same ties gained and lost, and says how many.
		const headline = (await page.getByTestId('tie-change').textContent()) ?? '';
		const [gained, lost] = [
			...headline.matchAll(/(\d[\d,]*)\s+ties? gained, (\d[\d,]*) lost/g)
		][0].slice(1);
		const views = page.getByRole('navigation', { name: 'Views' });
		await views.getByRole('button', { name: 'Network' }).click();
		const key = page.getByTestId('change-ties');
		expect(((await key.textContent()) ?? '').replace(/\s+/g, ' ')).toContain(
			`(${gained} and ${lost}, from the Change view)`
		);
		expect(await key.getByRole('checkbox').isChecked()).toBe(true);
		await page.waitForTimeout(1500);
		await page.screenshot({ path: 'test-results/change-network.png' });
		await views.getByRole('button', { name: 'Change' }).click();
		expect(session.errors).toEqual([]);
	});

	it('shows only pseudonyms in the comparison and the newcomers while the switch is on', async () => {
		const { page } = session;
		await page.getByRole('checkbox', { name: 'Pseudonyms' }).check();
		// The comparison made under real names is taken away; compare again.
		await page.getByTestId('tie-change').waitFor({ state: 'detached' });
		await waitForAnalysis(page);
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await page.getByTestId('tie-change').waitFor({ timeout: 60_000 });
		const text = (await page.getByRole('region', { name: 'Change over time' }).textContent()) ?? '';
		const real = [demo.planted.change?.drifting ?? '', ...(demo.planted.change?.newcomers ?? [])];
		for (const id of real) {
			expect(text).not.toContain(nameOf.get(id));
			expect(text).not.toContain(id);
		}
		const newcomers = page.getByRole('region', { name: 'Newcomers' }).locator('tbody th button');
		for (const name of await newcomers.allTextContents()) expect(name).toMatch(/^Person \d{3}$/);
		const drifting = page
			.getByRole('region', { name: 'Drifting to the edge' })
			.locator('li button');
		expect(await drifting.first().textContent()).toMatch(/^Person \d{3}$/);
		// Their sparklines are still drawn from the real keys behind the pseudonyms.
		const line = page.getByRole('region', { name: 'Drifting to the edge' }).locator('li svg path');
		expect(await line.first().getAttribute('d')).toMatch(/^M.*L/);
		expect(session.errors).toEqual([]);
	});

	it('says when the last four weeks are compared with four weeks that hold no meeting', async () => {
		const { page } = session;
		await page.getByRole('checkbox', { name: 'Pseudonyms' }).uncheck();
		// Two meetings in January, then one in the week of 23 March: the four weeks before March's hold nothing.
		const event = (uid: string, day: string) =>
			[
				'BEGIN:VEVENT',
				`UID:${uid}`,
				`DTSTART:${day}T090000Z`,
				`DTEND:${day}T100000Z`,
				'ORGANIZER:mailto:ann@acme.com',
				'ATTENDEE:mailto:bo@acme.com',
				'END:VEVENT'
			].join('\r\n');
		const ics = [
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//test//EN',
			event('w1', '20260105'),
			event('w2', '20260112'),
			event('late', '20260323'),
			'END:VCALENDAR',
			''
		].join('\r\n');
		await page.getByTestId('file-input').setInputFiles([
			{
				name: 'roster.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('email,name,team\nann@acme.com,Ann,A\nbo@acme.com,Bo,B\n')
			},
			{ name: 'late.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) }
		]);
		await waitForAnalysis(page);
		await page
			.getByRole('navigation', { name: 'Views' })
			.getByRole('button', { name: 'Change' })
			.click();
		// The timeline's weeks come after the network: the preset takes the new last week once they are in.
		await expect
			.poll(
				async () => {
					await page.getByRole('button', { name: 'Last 4 weeks vs the 4 before' }).click();
					return page.getByTestId('period-a').textContent();
				},
				{ timeout: 30_000 }
			)
			.toBe('2026-02-02..2026-03-01');
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		const note = page.getByTestId('empty-period');
		await note.waitFor({ timeout: 60_000 });
		expect(await note.textContent()).toBe(
			'Period A holds no tie: under the current settings no meeting or interaction counts in it, so every tie of B shows as gained.'
		);
		// Two people on one tie have no betweenness in either period: the list says so rather than stay blank.
		const largest = page.getByRole('region', { name: 'Largest changes' });
		expect(await largest.getByText('No change.').count()).toBe(1);
		await page.screenshot({ path: 'test-results/change-empty-period.png' });
		expect(session.errors).toEqual([]);
	});
});
