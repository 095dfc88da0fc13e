// The network as the layout sees it: people by index with a team index each, ties as pairs of indexes.
import type { Tie } from '../graph/types';

/** 'free': ties alone shape the picture; 'teams': each team is pulled to its own place. */
export type LayoutMode = 'free' | 'teams';

export interface LayoutGraph {
	/** Team index of each person, in people order. */
	teams: Uint32Array;
	/** Tie t joins people sources[t] and targets[t]. */
	sources: Uint32Array;
	targets: Uint32Array;
}

/** Typed arrays for the layout, in the order of `people`; teams are indexed in name order, so the same input repeats. */
export function layoutGraphOf(
	people: readonly { id: string; team: string }[],
	ties: readonly Pick<Tie, 'source' | 'target'>[]
): LayoutGraph {
	const index = new Map(people.map((person, i) => [person.id, i]));
	const teamNames = [...new Set(people.map((person) => person.team))].sort();
	const teamIndex = new Map(teamNames.map((team, i) => [team, i]));
	const known = ties.filter((tie) => index.has(tie.source) && index.has(tie.target));
	return {
		teams: Uint32Array.from(people, (person) => teamIndex.get(person.team) as number),
		sources: Uint32Array.from(known, (tie) => index.get(tie.source) as number),
		targets: Uint32Array.from(known, (tie) => index.get(tie.target) as number)
	};
}
