// People, teams and ties of an analysis as three CSV tables, with the analysis JSON's field names as headers.
import type { Analysis } from '../analysis/types';
import { csvTable } from './csv';
import { personAttributes } from './networkAttributes';
import { fewerThan, smallTeams } from '../privacy/minGroupSize';

/** One row per person: id, name, every attribute of the network exports, and why the role was given. */
export function peopleCsv(analysis: Analysis): string {
	const columns = personAttributes(analysis);
	return csvTable(
		['id', 'name', ...columns.map((column) => column.name), 'roleReasons'],
		analysis.people.map((person) => [
			person.id,
			person.name,
			...columns.map((column) => column.value(person)),
			person.roleReasons.join(' ')
		])
	);
}

/** Teams smaller than `minGroupSize` (default: none withheld) show "fewer than N" instead of their figures. */
export function teamsCsv(analysis: Analysis, minGroupSize = 0): string {
	const small = smallTeams(analysis, minGroupSize);
	const withheld = fewerThan(minGroupSize);
	return csvTable(
		['team', 'size', 'internalTies', 'externalTies', 'eiIndex', 'density'],
		analysis.teams.map((team) =>
			small.has(team.team)
				? [team.team, withheld, withheld, withheld, withheld, withheld]
				: [team.team, team.size, team.internalTies, team.externalTies, team.eiIndex, team.density]
		)
	);
}

export function tiesCsv(analysis: Analysis): string {
	return csvTable(
		['source', 'target', 'weight', 'interactions', 'minutes'],
		analysis.ties.map((tie) => [tie.source, tie.target, tie.weight, tie.interactions, tie.minutes])
	);
}
