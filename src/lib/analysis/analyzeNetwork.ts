// Computes every measure and finding for a network and assembles the analysis, in the order users see it.
import { buildPeopleGraph } from '../graph/build';
import { fragileBridges } from '../insight/fragileBridges';
import { DEFAULT_ROLE_RULES } from '../insight/roles';
import { teamMatrix } from '../insight/teamMatrix';
import { teamReach } from '../insight/teamReach';
import type { PracticeCommunity, RoleRules } from '../insight/types';
import { computeMetrics, type ComputeOptions } from '../metrics/computeMetrics';
import type { Analysis, Network, PersonResult } from './types';
import { withRoles } from './withRoles';

export interface AnalyzeOptions extends ComputeOptions {
	roleRules?: RoleRules;
	/** Found in the calendar tables beforehand (see loadPracticeCommunities); none without calendars. */
	practiceCommunities?: PracticeCommunity[];
}

export async function analyzeNetwork(
	network: Network,
	options: AnalyzeOptions = {}
): Promise<Analysis> {
	const graph = buildPeopleGraph(network.people, network.ties);
	const metrics = await computeMetrics(graph, options);
	const teamOf = new Map(network.people.map((person) => [person.id, person.team]));
	const reach = teamReach(teamOf, network.ties);
	const people: PersonResult[] = network.people.map((person) => ({
		id: person.id,
		name: person.name,
		team: person.team,
		attributes: person.attributes,
		...metrics.people[person.id],
		...(reach.get(person.id) as { tiesInsideTeam: number; otherTeams: number }),
		community: metrics.communities.membership[person.id],
		// Given by withRoles below, from these figures.
		role: 'member',
		roleReasons: []
	}));
	const measured: Analysis = {
		people,
		ties: network.ties,
		teams: metrics.teams,
		network: metrics.network,
		teamMatrix: teamMatrix(
			metrics.teams.map((team) => team.team),
			teamOf,
			network.ties
		),
		fragileBridges: fragileBridges(teamOf, network.ties),
		communities: metrics.communities.communities,
		practiceCommunities: options.practiceCommunities ?? []
	};
	return withRoles(measured, options.roleRules ?? DEFAULT_ROLE_RULES);
}
