// The columns of the people and team tables, built from the measure registry so every measure appears with its definition.
import type { PersonResult } from '../analysis/types';
import { MEASURES } from '../metrics/registry';
import type { TeamMetrics } from '../metrics/types';
import { ROLE_DEFINITIONS } from '../insight/roles';
import type { Column } from './column';
import { FIGURES, measureDefinition } from './definitions';

/** A person's figure for a measure id, as the registry names it. */
export function personFigure(person: PersonResult, id: string): number | null {
	return (person as unknown as Record<string, number | null>)[id] ?? null;
}

export const PERSON_COLUMNS: Column<PersonResult>[] = [
	{ id: 'name', label: 'Name', value: (p) => p.name },
	{ id: 'team', label: 'Team', value: (p) => p.team },
	{
		id: 'role',
		label: 'Role',
		value: (p) => ROLE_DEFINITIONS.find((r) => r.id === p.role)?.label ?? p.role,
		title: 'The role the role rules give this person (see the Roles view for why)'
	},
	...MEASURES.map((m) => ({
		id: m.id,
		label: m.label,
		title: m.description,
		definition: measureDefinition(m.id),
		numeric: true,
		value: (p: PersonResult) => personFigure(p, m.id)
	})),
	{ id: 'isolated', label: 'Isolated', value: (p) => p.isolated },
	{ id: 'atEdge', label: 'At the edge', value: (p) => p.atEdge }
];

export const TEAM_COLUMNS: Column<TeamMetrics>[] = [
	{ id: 'team', label: 'Team', value: (t) => t.team },
	{ id: 'size', label: 'People', numeric: true, value: (t) => t.size },
	{
		id: 'internalTies',
		label: 'Ties inside',
		numeric: true,
		value: (t) => t.internalTies,
		title: 'Ties with both people in the team'
	},
	{
		id: 'externalTies',
		label: 'Ties outside',
		numeric: true,
		value: (t) => t.externalTies,
		title: 'Ties from a member to someone in another team'
	},
	{
		id: 'eiIndex',
		label: 'E-I index',
		numeric: true,
		value: (t) => t.eiIndex,
		definition: FIGURES.teamEiIndex,
		title:
			'(outside - inside) / (outside + inside): -1 means every tie stays inside the team (a silo), +1 every tie goes outside'
	},
	{
		id: 'density',
		label: 'Density',
		numeric: true,
		value: (t) => t.density,
		definition: FIGURES.teamDensity,
		title: 'Share of possible ties between members that exist'
	}
];
