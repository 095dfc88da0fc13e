// Colour people by team, community, role or any measure, with a legend that can also filter.
import { interpolateViridis, scaleSequential } from 'd3';
import type { PersonResult } from '../analysis/types';
import { ROLE_DEFINITIONS } from '../insight/roles';
import type { RoleId } from '../insight/types';
import { MEASURES, type MeasureId } from '../metrics/registry';
import { countOf } from '../text/format';
import { categoryColours, OTHER_COLOUR } from './palette';

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
	| { kind: 'role'; value: RoleId }
	/** The teams or communities past the palette, sharing its grey: left out and brought back together. */
	| { kind: 'otherTeams'; values: string[] }
	| { kind: 'otherCommunities'; values: number[] };

export interface LegendEntry {
	key: LegendKey;
	label: string;
	colour: string;
	count: number;
	/** For a group in one colour: its own entries, each also a filter. */
	members?: LegendEntry[];
}

/** Team colours as the page gives them: a hue for each of the largest teams, one grey for the others. */
export interface TeamPalette {
	colourOf: (team: string) => string;
	/** Teams with a hue of their own, largest first. */
	distinct: readonly string[];
	/** Teams sharing the grey of "other teams". */
	others: readonly string[];
}

export interface Colouring {
	colourOf: (person: PersonResult) => string;
	/** Categories, largest first for communities; null for a measure, which has a scale instead. */
	entries: LegendEntry[] | null;
	/** For a measure: its range and the colour at any value. */
	scale: { min: number; max: number; colourAt: (value: number) => string } | null;
}

const NO_VALUE = '#b8bec6';
/** Roles in the palette's hues, told apart with the common colour-vision deficiencies; team members recede. */
const ROLE_COLOURS: Record<RoleId, string> = {
	broker: '#d55e00',
	connector: '#0072b2',
	peripheral: '#e69f00',
	isolated: '#cc79a7',
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
	teams: TeamPalette
): Colouring {
	if (by === 'team') {
		const counts = counted(people, (p) => p.team);
		const entry = (team: string): LegendEntry => ({
			key: { kind: 'team', value: team },
			label: team,
			colour: teams.colourOf(team),
			count: counts.get(team) as number
		});
		const others = new Set(teams.others);
		const own = [
			...teams.distinct.filter((team) => counts.has(team)),
			...[...counts.keys()]
				.filter((team) => !teams.distinct.includes(team) && !others.has(team))
				.sort()
		];
		const grouped = [...counts.keys()].filter((team) => others.has(team)).sort();
		return {
			colourOf: (p) => teams.colourOf(p.team),
			entries: [
				...own.map(entry),
				...(grouped.length > 0
					? [
							otherGroup(
								grouped.map(entry),
								{ kind: 'otherTeams', values: grouped },
								'team',
								'teams'
							)
						]
					: [])
			],
			scale: null
		};
	}
	if (by === 'community') {
		const counts = counted(people, (p) => p.community);
		const ids = [...counts.keys()].sort((a, b) => a - b);
		// Community ids follow size, so the palette goes to the largest.
		const palette = categoryColours(ids.map((id) => [id, counts.get(id) as number] as const));
		const entry = (community: number): LegendEntry => ({
			key: { kind: 'community', value: community },
			label: `Community ${community + 1}`,
			colour: palette.colourOf(community),
			count: counts.get(community) as number
		});
		return {
			colourOf: (p) => palette.colourOf(p.community),
			entries: [
				...palette.distinct.map(entry),
				...(palette.others.length > 0
					? [
							otherGroup(
								palette.others.map(entry),
								{ kind: 'otherCommunities', values: palette.others },
								'community',
								'communities'
							)
						]
					: [])
			],
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

/**
 * The count a legend entry shows: `withheld` ("fewer than 5") for a team under the minimum group size, and none
 * for the group of other teams when it holds one, since its total less the others' counts would give it away.
 */
export function legendCount(
	entry: LegendEntry,
	smallTeams: ReadonlySet<string>,
	withheld: string
): string {
	const { key } = entry;
	if (key.kind === 'team' && smallTeams.has(key.value)) return withheld;
	if (key.kind === 'otherTeams' && key.values.some((team) => smallTeams.has(team))) return '';
	return entry.count.toLocaleString('en-GB');
}

/** One legend entry for the categories past the palette, sharing its grey, with each of them inside it. */
function otherGroup(
	members: LegendEntry[],
	key: LegendKey,
	one: string,
	many: string
): LegendEntry {
	return {
		key,
		label: `Other ${many} (${countOf(members.length, one, many)})`,
		colour: OTHER_COLOUR,
		count: members.reduce((sum, member) => sum + member.count, 0),
		members
	};
}
