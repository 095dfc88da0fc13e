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

	it('logs no errors', () => {
		expect(session.errors).toEqual([]);
	});
});
