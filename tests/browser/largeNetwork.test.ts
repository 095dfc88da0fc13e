// A network above the exact-paths limit in real Chromium: measured by the path workers, with the estimate stated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, waitForAnalysis, type Session } from './harness';
import { PEOPLE, uploadOrganisation } from './organisation';

describe(`a ${PEOPLE.toLocaleString('en-GB')}-person network`, () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
		await uploadOrganisation(session.page);
	});
	afterAll(async () => session?.close());

	it('states that its path figures are estimated, from how many people, with their errors', async () => {
		const note = (await session.page.getByTestId('path-estimate').textContent()) ?? '';
		expect(note).toMatch(/estimated from the shortest paths of 2,000 people/);
		const [, pathError, betweennessError] =
			/±([\d.]+) on the average distance, ±([\d.]+)% on the highest betweenness/.exec(note) ?? [];
		expect(Number(pathError)).toBeGreaterThan(0);
		expect(Number(pathError)).toBeLessThan(0.1);
		expect(Number(betweennessError)).toBeGreaterThan(0);
		expect(Number(betweennessError)).toBeLessThan(20);
	});

	it('cancels an analysis in its path workers, and measures the next one as before', async () => {
		// The analysis worker and its path workers are kept between analyses: a cancel must end them mid-pass, and the
		// next analysis must start new ones and give the same figures.
		const { page } = session;
		const before = await page.getByTestId('path-estimate').textContent();
		const again = uploadOrganisation(page);
		const status = page.getByRole('status');
		await status.getByText(/shortest paths/i).waitFor({ timeout: 60_000 });
		await status.getByRole('button', { name: 'Cancel' }).click();
		await page.getByText('Analysis cancelled: the figures shown are from before.').waitFor();
		await again;
		await uploadOrganisation(page);
		expect(await page.getByTestId('path-estimate').textContent()).toBe(before);
	});

	it('logs no errors', () => {
		expect(session.errors).toEqual([]);
	});
});
