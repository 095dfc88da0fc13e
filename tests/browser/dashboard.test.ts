// The dashboard in real Chromium: the demo drawn on canvas, an upload replacing it, a broken file leaving it intact.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisation } from '../../src/lib/demo';
import { openApp, waitForAnalysis, type Session } from './harness';

const fixture = (name: string) => ({
	name,
	mimeType: 'text/csv',
	buffer: readFileSync(`tests/fixtures/reference/${name}`)
});

describe('the dashboard', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
	});
	afterAll(async () => session?.close());

	it('opens on the demo organisation, drawn on the canvas with a team legend', async () => {
		const { page } = session;
		const demo = generateDemoOrganisation();
		expect(await page.getByTestId('people-count').textContent()).toBe(String(demo.people.length));

		// Every team by name: the largest with a colour of their own, the rest inside the group sharing the grey.
		const legend = await page
			.locator('ul[aria-label^="Team:"] li:not([data-testid="legend-group"]) .name')
			.allTextContents();
		const demoTeams = [...new Set(demo.people.map((p) => p.team))].sort();
		expect([...legend].sort()).toEqual(demoTeams);

		const pixels = await page.evaluate(() => {
			const canvas = document.querySelector('canvas') as HTMLCanvasElement;
			const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			let painted = 0;
			const colours = new Set<string>();
			for (let i = 0; i < data.length; i += 4) {
				if (data[i + 3] === 0) continue;
				painted++;
				if (data[i + 3] === 255) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
			}
			return { painted, colours: colours.size, total: data.length / 4 };
		});
		expect(pixels.painted).toBeGreaterThan(pixels.total * 0.02);
		expect(pixels.colours).toBeGreaterThanOrEqual(demoTeams.length);
	});

	it('lists the isolated and at-the-edge people and opens a person panel on selection', async () => {
		const { page } = session;
		const demo = generateDemoOrganisation();
		const nameOf = new Map(demo.people.map((p) => [p.id, p.name]));
		const edgeList = page.getByRole('region', { name: 'Isolated and at the edge' });
		for (const id of [...demo.planted.withoutTies, ...demo.planted.withOneTie]) {
			await edgeList.getByRole('button', { name: nameOf.get(id) }).waitFor();
		}
		const broker = nameOf.get(demo.planted.brokers[0]) as string;
		await page
			.getByRole('list', { name: 'Key facts' })
			.getByRole('button', { name: broker })
			.click();
		const panel = page.getByRole('region', { name: 'Selected person' });
		expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(broker);
		// A broker's ties reach into more than one team.
		expect(await panel.locator('details summary').count()).toBeGreaterThan(1);
		await panel.getByRole('button', { name: 'Close the person panel' }).click();
		await edgeList.waitFor();
	});

	it('shows an uploaded roster and interactions in the people table', async () => {
		const { page } = session;
		await page
			.getByTestId('file-input')
			.setInputFiles([fixture('kite-roster.csv'), fixture('kite.csv')]);
		await page.waitForFunction(
			() => document.querySelector('[data-testid="people-count"]')?.textContent === '10'
		);
		await waitForAnalysis(page);
		await page.getByRole('button', { name: 'People', exact: true }).click();
		const names = await page.locator('table tbody th[scope="row"]').allTextContents();
		expect(names.map((n) => n.trim()).sort()).toEqual([
			'Andre',
			'Beverly',
			'Carol',
			'Diane',
			'Ed',
			'Fernando',
			'Garth',
			'Heather',
			'Ike',
			'Jane'
		]);
		// Sorted by betweenness, Heather (the kite's bridge) comes first.
		expect(names[0].trim()).toBe('Heather');
	});

	it('names the file and line of a broken CSV and keeps the data loaded before', async () => {
		const { page } = session;
		await page.getByTestId('file-input').setInputFiles([
			{
				name: 'broken.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('source,target,weight\nandre,jane,1\nike,,2\n')
			},
			{
				name: 'fine.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('source,target,weight\nandre,zoe,1\n')
			}
		]);
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await alert.textContent()).toContain(
			'broken.csv: line 3: the target is empty (nothing from the 2 files of this import was loaded)'
		);
		expect(await page.getByTestId('people-count').textContent()).toBe('10');
		expect(await page.locator('table tbody tr').count()).toBe(10);
	});

	it('asks for nothing outside its own origin and logs no errors', () => {
		const foreign = session.requests.filter(
			(url) => !url.startsWith(session.url) && !url.startsWith('blob:') && !url.startsWith('data:')
		);
		expect(foreign).toEqual([]);
		expect(session.errors).toEqual([]);
	});
});
