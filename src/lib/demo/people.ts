// Builds the roster: people with names, titles, locations and start dates, arranged into teams and squads.
import { dateBetween } from './calendar';
import { createNameDrawer } from './names';
import type { Rng } from './random';
import { DEMO_DOMAIN, TEAMS, type TeamSpec } from './teams';
import type { DemoPerson } from './types';

export interface Squad {
	name: string;
	/** Person id; for a single-squad team this is the team lead. */
	manager: string;
	/** Person ids, manager first. */
	members: string[];
}

export interface TeamStructure {
	spec: TeamSpec;
	lead: string;
	squads: Squad[];
	/** Person ids, lead first. */
	members: string[];
	/** Whether squads have their own managers (true for teams split into several squads). */
	split: boolean;
}

export interface Company {
	people: DemoPerson[];
	teams: TeamStructure[];
	byId: Map<string, DemoPerson>;
}

export function buildCompany(rng: Rng): Company {
	const drawName = createNameDrawer(rng);
	const people: DemoPerson[] = [];
	const teams: TeamStructure[] = [];

	const hire = (spec: TeamSpec, role: string, from: string): string => {
		const { name, key } = drawName();
		const id = `${key}@${DEMO_DOMAIN}`;
		people.push({
			id,
			name,
			email: id,
			team: spec.name,
			role,
			location: rng.weighted(spec.locations),
			// A handful of people joined in the last months, as any growing company has.
			startDate: rng.chance(0.06)
				? dateBetween('2025-07-01', '2025-12-15', rng.next())
				: dateBetween(from, '2025-06-30', rng.next())
		});
		return id;
	};

	for (const spec of TEAMS) {
		const lead = hire(spec, spec.leadTitle, '2016-03-01');
		const split = spec.squads.length > 1;
		const squads: Squad[] = [];
		let left = spec.size - 1;
		for (const [index, squadName] of spec.squads.entries()) {
			// Spread the head count as evenly as possible over the squads.
			const size = Math.round(left / (spec.squads.length - index));
			left -= size;
			const members = split ? [] : [lead];
			for (let i = 0; i < size; i++) {
				const role = split && i === 0 ? spec.managerTitle : rng.weighted(spec.titles);
				members.push(hire(spec, role, split && i === 0 ? '2017-01-01' : '2018-01-01'));
			}
			squads.push({ name: squadName, manager: members[0], members });
		}
		teams.push({
			spec,
			lead,
			squads,
			split,
			members: split ? [lead, ...squads.flatMap((squad) => squad.members)] : squads[0].members
		});
	}

	return { people, teams, byId: new Map(people.map((person) => [person.id, person])) };
}

export interface ReportingLine {
	manager: string;
	report: string;
	team: TeamStructure;
}

/** Who holds one-to-ones with whom: managers with squad members, leads with squad managers. */
export function reportingLines(company: Company): ReportingLine[] {
	const lines: ReportingLine[] = [];
	for (const team of company.teams) {
		for (const squad of team.squads) {
			if (team.split) lines.push({ manager: team.lead, report: squad.manager, team });
			for (const report of squad.members.slice(1)) {
				lines.push({ manager: squad.manager, report, team });
			}
		}
	}
	return lines;
}
