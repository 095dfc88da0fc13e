// Chooses the people who carry the planted structure: the isolated, the near-isolated and the brokers.
import type { Company, TeamStructure } from './people';
import type { Rng } from './random';
import { BROKERED_TEAM, SILOED_TEAM } from './teams';
import type { DemoPlanted } from './types';

export const COMMUNITY_OF_PRACTICE = 'Data & Analytics guild';

/** The team each planted person comes from: all different, and none in the silo or the brokered team. */
const WITHOUT_TIES_TEAM = 'Sales';
const WITH_ONE_TIE_TEAMS = ['Finance', 'Marketing'];

function team(company: Company, name: string): TeamStructure {
	const found = company.teams.find((candidate) => candidate.spec.name === name);
	if (!found) throw new Error(`No demo team called ${name}`);
	return found;
}

/** Someone with no reports: not the lead and not a squad manager. */
function individualContributor(rng: Rng, structure: TeamStructure): string {
	const managers = new Set([structure.lead, ...structure.squads.map((squad) => squad.manager)]);
	return rng.pick(structure.members.filter((id) => !managers.has(id)));
}

export function choosePlanted(rng: Rng, company: Company): DemoPlanted {
	const withoutTies = [individualContributor(rng, team(company, WITHOUT_TIES_TEAM))];
	const withOneTie = WITH_ONE_TIE_TEAMS.map((name) =>
		individualContributor(rng, team(company, name))
	);

	// One broker per squad when the team is split, so each half of it has its own way out.
	const brokered = team(company, BROKERED_TEAM);
	const managers = new Set(brokered.squads.map((squad) => squad.manager));
	const pools = brokered.squads.map((squad) =>
		rng.shuffle(squad.members.filter((id) => id !== brokered.lead && !managers.has(id)))
	);
	const brokers = (pools.length > 1 ? pools.map((pool) => pool[0]) : pools[0]).slice(0, 2);
	// Titles that explain why these two are the ones who work across the company.
	const brokerRoles = ['Senior Data Scientist', 'Analytics Engineer'];
	brokers.forEach((id, index) => {
		const person = company.byId.get(id);
		if (person) person.role = brokerRoles[index];
	});

	return {
		isolated: [...withoutTies, ...withOneTie],
		withoutTies,
		withOneTie,
		brokers,
		brokeredTeam: BROKERED_TEAM,
		siloedTeam: SILOED_TEAM,
		communityOfPractice: COMMUNITY_OF_PRACTICE
	};
}
