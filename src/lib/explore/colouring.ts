// Colour people by team, community, role or any measure, with a legend that can also filter.
import { interpolateViridis, scaleSequential, schemeTableau10 } from 'd3';
import type { PersonResult } from '../analysis/types';
import { ROLE_DEFINITIONS } from '../insight/roles';
import type { RoleId } from '../insight/types';
import { MEASURES, type MeasureId } from '../metrics/registry';

export type ColourBy = 'team' | 'community' | 'role' | MeasureId;

export const COLOUR_CHOICES: { id: ColourBy; label: string }[] = [
	{ id: 'team', label: 'Team' },
	{ id: 'community', label: 'Community' },
	{ id: 'role', label: 'Role' },
	...MEASURES.map((measure) => ({ id: measure.id, label: measure.label }))
];

/** What a legend entry stands for, so clicking it can leave those people out. */
export type LegendKey =
	| { kind: 'team'; value: string }
	| { kind: 'community'; value: number }
	| { kind: 'role'; value: RoleId };

export interface LegendEntry {
	key: LegendKey;
	label: string;
	colour: string;
	count: number;
}

export interface Colouring {
	colourOf: (person: PersonResult) => string;
	/** Categories, largest first for communities; null for a measure, which has a scale instead. */
	entries: LegendEntry[] | null;
	/** For a measure: its range and the colour at any value. */
	scale: { min: number; max: number; colourAt: (value: number) => string } | null;
}

const NO_VALUE = '#b8bec6';
/** Communities past the palette's length share one grey: the small ones, since ids follow size. */
const OTHER_COMMUNITY = '#c7ccd3';
/** Roles in hues told apart with the common colour-vision deficiencies (from Tableau 10); team members recede. */
const ROLE_COLOURS: Record<RoleId, string> = {
	broker: '#e15759',
	connector: '#4e79a7',
	peripheral: '#f28e2b',
	isolated: '#b07aa1',
	member: '#c9ced6'
};

function counted<K>(
	people: readonly PersonResult[],
	keyOf: (p: PersonResult) => K
): Map<K, number> {
	const counts = new Map<K, number>();
	for (const person of people) counts.set(keyOf(person), (counts.get(keyOf(person)) ?? 0) + 1);
	return counts;
}

export function colouring(
	people: readonly PersonResult[],
	by: ColourBy,
	teamColour: (team: string) => string
): Colouring {
	if (by === 'team') {
		const counts = counted(people, (p) => p.team);
		return {
			colourOf: (p) => teamColour(p.team),
			entries: [...counts.keys()].sort().map((team) => ({
				key: { kind: 'team', value: team },
				label: team,
				colour: teamColour(team),
				count: counts.get(team) as number
			})),
			scale: null
		};
	}
	if (by === 'community') {
		const counts = counted(people, (p) => p.community);
		const colourOf = (community: number) =>
			community < schemeTableau10.length ? schemeTableau10[community] : OTHER_COMMUNITY;
		return {
			colourOf: (p) => colourOf(p.community),
			entries: [...counts.keys()]
				.sort((a, b) => a - b)
				.map((community) => ({
					key: { kind: 'community', value: community },
					label: `Community ${community + 1}`,
					colour: colourOf(community),
					count: counts.get(community) as number
				})),
			scale: null
		};
	}
	if (by === 'role') {
		const counts = counted(people, (p) => p.role);
		return {
			colourOf: (p) => ROLE_COLOURS[p.role],
			entries: ROLE_DEFINITIONS.filter((role) => counts.has(role.id)).map((role) => ({
				key: { kind: 'role', value: role.id },
				label: role.label,
				colour: ROLE_COLOURS[role.id],
				count: counts.get(role.id) as number
			})),
			scale: null
		};
	}
	const value = (p: PersonResult) => p[by];
	const values = people.map(value).filter((v): v is number => v !== null);
	const min = Math.min(...values, 0);
	const max = Math.max(...values, min + 1e-12);
	// Viridis: even steps of lightness, read alike by people with and without colour-vision deficiencies.
	const scale = scaleSequential(interpolateViridis).domain([min, max]);
	return {
		colourOf: (p) => {
			const v = value(p);
			return v === null ? NO_VALUE : scale(v);
		},
		entries: null,
		scale: { min, max, colourAt: (v) => scale(v) }
	};
}
