// People, teams and ties of an analysis as three CSV tables, with the analysis JSON's field names as headers.
import type { Analysis } from '../analysis/types';
import { csvTable } from './csv';
import { personAttributes } from './networkAttributes';

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

export function teamsCsv(analysis: Analysis): string {
	return csvTable(
		['team', 'size', 'internalTies', 'externalTies', 'eiIndex', 'density'],
		analysis.teams.map((team) => [
			team.team,
			team.size,
			team.internalTies,
			team.externalTies,
			team.eiIndex,
			team.density
		])
	);
}

export function tiesCsv(analysis: Analysis): string {
	return csvTable(
		['source', 'target', 'weight', 'interactions', 'minutes'],
		analysis.ties.map((tie) => [tie.source, tie.target, tie.weight, tie.interactions, tie.minutes])
	);
}
