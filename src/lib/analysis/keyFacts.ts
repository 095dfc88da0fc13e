// The few facts a leader reads first: who holds the network together, which team looks inward, who is on the margins.
import { UNKNOWN_TEAM } from '../graph/types';
import type { TeamMetrics } from '../metrics/types';
import type { Analysis, PersonResult } from './types';

export interface KeyFacts {
	/** The people whose role is broker (as the Roles view gives it), highest betweenness first. */
	brokers: PersonResult[];
	/** The team of three or more (and of the minimum group size or more) whose ties stay inside it the most
	 * (lowest E-I index): a smaller team's E-I index is withheld, so it is never named here. */
	mostInwardTeam: TeamMetrics | null;
	isolated: number;
	atEdge: number;
	/** Share of ties that join two different teams. */
	crossTeamShare: number;
}

const BROKERS_SHOWN = 3;

/** The people whose role is broker, highest betweenness first. */
export function brokersByBetweenness(people: readonly PersonResult[]): PersonResult[] {
	return people
		.filter((person) => person.role === 'broker')
		.sort((a, b) => b.betweenness - a.betweenness);
}

export function keyFacts(analysis: Analysis, options: { minGroupSize?: number } = {}): KeyFacts {
	const smallest = Math.max(3, options.minGroupSize ?? 0);
	const brokers = brokersByBetweenness(analysis.people).slice(0, BROKERS_SHOWN);
	const inward = analysis.teams
		.filter((team) => team.size >= smallest && team.team !== UNKNOWN_TEAM && team.eiIndex !== null)
		.sort((a, b) => (a.eiIndex as number) - (b.eiIndex as number));
	const teamOf = new Map(analysis.people.map((person) => [person.id, person.team]));
	const crossTeam = analysis.ties.filter(
		(tie) => teamOf.get(tie.source) !== teamOf.get(tie.target)
	).length;
	return {
		brokers,
		mostInwardTeam: inward[0] ?? null,
		isolated: analysis.people.filter((person) => person.isolated).length,
		atEdge: analysis.people.filter((person) => person.atEdge && !person.isolated).length,
		crossTeamShare: analysis.ties.length === 0 ? 0 : crossTeam / analysis.ties.length
	};
}
