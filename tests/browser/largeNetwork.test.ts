// A network above the exact-paths limit in real Chromium: measured by the path workers, with the estimate stated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../src/lib/demo/random';
import { openApp, waitForAnalysis, type Session } from './harness';

const PEOPLE = 6_000;
const TEAM_SIZE = 200;

/** A seeded organisation of 30 teams: most ties inside a team, some across. */
function organisationCsvs(): { roster: string; interactions: string } {
	const rng = createRng(5);
	const roster = ['id,team'];
	for (let i = 0; i < PEOPLE; i++) roster.push(`p${i},team ${Math.floor(i / TEAM_SIZE)}`);
	const interactions = ['source,target'];
	for (let i = 0; i < PEOPLE * 3; i++) {
		const a = rng.int(0, PEOPLE - 1);
		const b = rng.chance(0.8)
			? Math.floor(a / TEAM_SIZE) * TEAM_SIZE + rng.int(0, TEAM_SIZE - 1)
			: rng.int(0, PEOPLE - 1);
		if (a !== b) interactions.push(`p${a},p${b}`);
	}
	return { roster: roster.join('\n'), interactions: interactions.join('\n') };
}

describe(`a ${PEOPLE.toLocaleString('en-GB')}-person network`, () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
		const { roster, interactions } = organisationCsvs();
		await session.page.getByTestId('file-input').setInputFiles([
			{ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) },
			{ name: 'interactions.csv', mimeType: 'text/csv', buffer: Buffer.from(interactions) }
		]);
		await session.page.waitForFunction(
			(people) => document.querySelector('[data-testid="people-count"]')?.textContent === people,
			PEOPLE.toLocaleString('en-GB'),
			{ timeout: 120_000 }
		);
		await waitForAnalysis(session.page, 120_000);
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
