// Compares the analyses of two periods: team figures, ties gained and lost, people who changed most, drift, communities.
import type { Period } from './periods';
import { communityChanges } from './communityChange';
import { driftingPeople, type DriftOptions } from './drifting';
import { largestChanges, personChanges } from './personChanges';
import { teamChanges } from './teamChanges';
import { tieDiff } from './tieDiff';
import type { Comparison, PeriodAnalyses } from './types';

export function comparePeriods(
	periods: { a: Period; b: Period },
	{ a, b }: PeriodAnalyses,
	options: { drift?: Partial<DriftOptions> } = {}
): Comparison {
	const teamOf = new Map([...a.people, ...b.people].map((person) => [person.id, person.team]));
	const people = personChanges(a, b);
	return {
		periods,
		teams: teamChanges(a, b),
		ties: tieDiff(a.ties, b.ties, teamOf),
		people,
		largestChanges: {
			degree: largestChanges(people, 'degree'),
			betweenness: largestChanges(people, 'betweenness'),
			crossTeamTies: largestChanges(people, 'crossTeamTies')
		},
		drifting: driftingPeople(people, options.drift),
		communities: communityChanges(a, b)
	};
}
