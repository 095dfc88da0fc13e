// Each person's degree, betweenness and cross-team ties in two periods, and who changed most.
import type { Analysis, PersonResult } from '../analysis/types';
import type { PersonChange, PersonFigures } from './types';

const ABSENT: PersonFigures = { degree: 0, betweenness: 0, crossTeamTies: 0, atEdge: true };

function figures(person: PersonResult | undefined): PersonFigures {
	if (!person) return ABSENT;
	return {
		degree: person.degree,
		betweenness: person.betweenness,
		crossTeamTies: person.degree - person.tiesInsideTeam,
		atEdge: person.atEdge
	};
}

/** Everyone in either period (someone missing from one counts as having no tie there), largest |degree change| first. */
export function personChanges(a: Analysis, b: Analysis): PersonChange[] {
	const before = new Map(a.people.map((person) => [person.id, person]));
	const after = new Map(b.people.map((person) => [person.id, person]));
	const ids = [...new Set([...before.keys(), ...after.keys()])];
	return ids
		.map((id) => {
			const known = (after.get(id) ?? before.get(id)) as PersonResult;
			const x = figures(before.get(id));
			const y = figures(after.get(id));
			return {
				id,
				name: known.name,
				team: known.team,
				a: x,
				b: y,
				change: {
					degree: y.degree - x.degree,
					betweenness: y.betweenness - x.betweenness,
					crossTeamTies: y.crossTeamTies - x.crossTeamTies
				}
			};
		})
		.sort((x, y) => byLargest('degree')(x, y));
}

type Figure = keyof PersonChange['change'];

function byLargest(figure: Figure) {
	return (x: PersonChange, y: PersonChange) =>
		Math.abs(y.change[figure]) - Math.abs(x.change[figure]) || x.id.localeCompare(y.id);
}

/** The `count` people whose `figure` changed most either way; nobody whose figure did not change. */
export function largestChanges(
	people: readonly PersonChange[],
	figure: Figure,
	count = 10
): PersonChange[] {
	return people
		.filter((person) => person.change[figure] !== 0)
		.sort(byLargest(figure))
		.slice(0, count);
}
