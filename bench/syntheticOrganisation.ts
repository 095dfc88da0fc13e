// A seeded synthetic organisation for benchmarks: teams of ~25 with dense insides and a few ties across.
import { randomLcg } from 'd3';
import type { Person, Tie } from '../src/lib/graph/types';

export function syntheticOrganisation(
	people: number,
	tiesPerPerson: number,
	seed = 1
): { people: Person[]; ties: Tie[] } {
	const random = randomLcg(seed);
	const teamSize = 25;
	const persons: Person[] = Array.from({ length: people }, (_, i) => ({
		id: `p${i}`,
		name: `Person ${i}`,
		team: `team ${Math.floor(i / teamSize)}`,
		attributes: {}
	}));
	const seen = new Set<string>();
	const ties: Tie[] = [];
	const wanted = Math.round((people * tiesPerPerson) / 2);
	while (ties.length < wanted) {
		const a = Math.floor(random() * people);
		// Four ties in five stay inside the team, as in a typical organisation.
		const b =
			random() < 0.8
				? Math.floor(a / teamSize) * teamSize + Math.floor(random() * teamSize)
				: Math.floor(random() * people);
		if (a === b || b >= people) continue;
		const [source, target] = a < b ? [`p${a}`, `p${b}`] : [`p${b}`, `p${a}`];
		if (seen.has(`${source}|${target}`)) continue;
		seen.add(`${source}|${target}`);
		ties.push({
			source,
			target,
			weight: 1 + Math.floor(random() * 4),
			interactions: 1,
			minutes: 0
		});
	}
	return { people: persons, ties };
}
