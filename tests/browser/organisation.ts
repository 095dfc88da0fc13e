// A seeded organisation of 6,000 people for the browser tests above the exact-paths limit: 30 teams of 200, four ties
// in five inside a team, as roster and interactions CSVs to upload.
import type { Page } from 'playwright-core';
import { createRng } from '../../src/lib/demo/random';
import { waitForAnalysis } from './harness';

export const PEOPLE = 6_000;
const TEAM_SIZE = 200;

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

/** Uploads the organisation in place of what is shown and waits until it is measured. */
export async function uploadOrganisation(page: Page): Promise<void> {
	const { roster, interactions } = organisationCsvs();
	await page.getByTestId('file-input').setInputFiles([
		{ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) },
		{ name: 'interactions.csv', mimeType: 'text/csv', buffer: Buffer.from(interactions) }
	]);
	await page.waitForFunction(
		(people) => document.querySelector('[data-testid="people-count"]')?.textContent === people,
		PEOPLE.toLocaleString('en-GB'),
		{ timeout: 120_000 }
	);
	await waitForAnalysis(page, 120_000);
}
