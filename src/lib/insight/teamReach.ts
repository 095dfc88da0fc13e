// How far each person's ties stay inside their team: what the role rules read besides the measures.
import type { Tie } from '../graph/types';

export interface TeamReach {
	tiesInsideTeam: number;
	otherTeams: number;
}

export function teamReach(
	teamOf: ReadonlyMap<string, string>,
	ties: readonly Tie[]
): Map<string, TeamReach> {
	const inside = new Map<string, number>();
	const reached = new Map<string, Set<string>>();
	for (const person of teamOf.keys()) {
		inside.set(person, 0);
		reached.set(person, new Set());
	}
	for (const { source, target } of ties) {
		const a = teamOf.get(source) as string;
		const b = teamOf.get(target) as string;
		if (a === b) {
			inside.set(source, (inside.get(source) as number) + 1);
			inside.set(target, (inside.get(target) as number) + 1);
		} else {
			reached.get(source)?.add(b);
			reached.get(target)?.add(a);
		}
	}
	return new Map(
		[...teamOf.keys()].map((person) => [
			person,
			{
				tiesInsideTeam: inside.get(person) as number,
				otherTeams: (reached.get(person) as Set<string>).size
			}
		])
	);
}
