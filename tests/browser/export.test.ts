// Exports in real Chromium: the Export menu downloads a GEXF of the demo that graphology reads, and the file imports back.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisation } from '../../src/lib/demo';
import { openApp, waitForAnalysis, type Session } from './harness';

const demo = generateDemoOrganisation();

describe('the Export menu', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
	});
	afterAll(async () => session?.close());

	it('downloads the demo as GEXF with every person, built in the page', async () => {
		const { page, url } = session;
		await page.locator('summary', { hasText: /^Export$/ }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Network (GEXF, for Gephi)' }).click()
		]);
		expect(download.suggestedFilename()).toBe('network.gexf');
		const text = readFileSync((await download.path()) as string, 'utf8');
		const graph = parseGexf(Graph, text);
		expect(graph.order).toBe(demo.people.length);
		const someone = demo.people[0];
		expect(graph.getNodeAttributes(someone.id)).toMatchObject({
			label: someone.name,
			team: someone.team,
			degree: expect.any(Number),
			role: expect.any(String)
		});
		expect(
			session.requests.every((request) => request.startsWith(url) || request.startsWith('blob:'))
		).toBe(true);

		// The same file dropped back in: its nodes are the people, its edges the ties.
		expect(await page.getByTestId('people-count').textContent()).toBe(String(demo.people.length));
		await page.getByTestId('file-input').setInputFiles({
			name: 'network.gexf',
			mimeType: 'application/xml',
			buffer: Buffer.from(text)
		});
		await page.getByText('network.gexf').first().waitFor();
		await waitForAnalysis(page);
		expect(await page.getByTestId('people-count').textContent()).toBe(String(demo.people.length));
		expect(session.errors).toEqual([]);
	});

	it('downloads people, teams and ties as CSV and the analysis as JSON', async () => {
		const { page } = session;
		const names: string[] = [];
		for (const label of ['People (CSV)', 'Teams (CSV)', 'Ties (CSV)', 'Analysis (JSON)']) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: label }).click()
			]);
			names.push(download.suggestedFilename());
			if (label === 'Analysis (JSON)') {
				const analysis = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
				expect(analysis.people).toHaveLength(demo.people.length);
			}
		}
		expect(names).toEqual(['people.csv', 'teams.csv', 'ties.csv', 'analysis.json']);
	});
});
