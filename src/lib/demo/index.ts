// Generates Weft's demo company, the same on every run for a given seed, in the browser or in Node.
import { generateMeetings } from './meetings';
import { meetingInteractions } from './interactions';
import { buildCompany } from './people';
import { choosePlanted } from './planted';
import { createRng } from './random';
import { DEMO_DOMAIN } from './teams';
import type { DemoOptions, DemoOrganisation } from './types';

export const DEMO_SEED = 2026;

export function generateDemoOrganisation(options: DemoOptions = {}): DemoOrganisation {
	const seed = options.seed ?? DEMO_SEED;
	const rng = createRng(seed);
	const company = buildCompany(rng);
	const planted = choosePlanted(rng, company);
	const meetings = generateMeetings(rng, company, planted);
	return {
		seed,
		domain: DEMO_DOMAIN,
		teams: company.teams.map((team) => ({
			name: team.spec.name,
			lead: team.lead,
			size: team.members.length
		})),
		people: company.people,
		meetings,
		interactions: meetingInteractions(meetings),
		planted
	};
}

export { interactionsCsv, rosterCsv, csvField } from './csv';
export { MAX_MEETING_SIZE, meetingInteractions, pairWeight } from './interactions';
export { COMMUNITY_OF_PRACTICE } from './planted';
export type * from './types';
