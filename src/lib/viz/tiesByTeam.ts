// Groups a person's ties by the other person's team, heaviest team first, for the person panel.
import type { Analysis } from '../analysis/types';

export interface TeamTies {
	team: string;
	weight: number;
	ties: { id: string; name: string; weight: number; interactions: number }[];
}

export function tiesByTeam(personId: string, analysis: Analysis): TeamTies[] {
	const people = new Map(analysis.people.map((p) => [p.id, p]));
	const groups = new Map<string, TeamTies>();
	for (const tie of analysis.ties) {
		const otherId =
			tie.source === personId ? tie.target : tie.target === personId ? tie.source : null;
		const other = otherId === null ? undefined : people.get(otherId);
		if (!other) continue;
		const group = groups.get(other.team) ?? { team: other.team, weight: 0, ties: [] };
		group.weight += tie.weight;
		group.ties.push({
			id: other.id,
			name: other.name,
			weight: tie.weight,
			interactions: tie.interactions
		});
		groups.set(other.team, group);
	}
	for (const group of groups.values()) group.ties.sort((a, b) => b.weight - a.weight);
	return [...groups.values()].sort((a, b) => b.weight - a.weight);
}
