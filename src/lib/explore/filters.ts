// What the network view shows: people left out by team, role, community or the externals switch, or outside an ego
// network, fade or vanish; weak ties below a weight are not drawn.
import { EXTERNAL_TEAM } from '../graph/settings';
import type { RoleId } from '../insight/types';

export interface ExploreFilter {
	/** Teams, roles and communities left out (empty: none). */
	hiddenTeams: ReadonlySet<string>;
	hiddenRoles: ReadonlySet<RoleId>;
	hiddenCommunities: ReadonlySet<number>;
	/** Whether people outside the organisation (team External) are shown. */
	externals: boolean;
	/** Ties lighter than this are not drawn. */
	minTieWeight: number;
	/** Whether people left out stay as faint dots or vanish. */
	leftOut: 'fade' | 'hide';
}

export const NO_FILTER: ExploreFilter = {
	hiddenTeams: new Set(),
	hiddenRoles: new Set(),
	hiddenCommunities: new Set(),
	externals: true,
	minTieWeight: 0,
	leftOut: 'fade'
};

/** The filter as a stored or saved workspace keeps it, in JSON: sets as lists. */
export interface StoredFilter {
	hiddenTeams: string[];
	hiddenRoles: string[];
	hiddenCommunities: number[];
	externals: boolean;
	minTieWeight: number;
	leftOut: string;
}

export function storedFilter(filter: ExploreFilter): StoredFilter {
	return {
		...filter,
		hiddenTeams: [...filter.hiddenTeams],
		hiddenRoles: [...filter.hiddenRoles],
		hiddenCommunities: [...filter.hiddenCommunities]
	};
}

const ROLES: readonly RoleId[] = ['isolated', 'broker', 'connector', 'peripheral', 'member'];

/** The filter a stored one describes; roles and modes it does not know are dropped. */
export function filterFromStored(stored: StoredFilter): ExploreFilter {
	return {
		hiddenTeams: new Set(stored.hiddenTeams),
		hiddenRoles: new Set(ROLES.filter((role) => stored.hiddenRoles.includes(role))),
		hiddenCommunities: new Set(stored.hiddenCommunities),
		externals: stored.externals,
		minTieWeight: Math.max(0, stored.minTieWeight),
		leftOut: stored.leftOut === 'hide' ? 'hide' : 'fade'
	};
}

export const SHOWN = 0;
export const FADED = 1;
export const HIDDEN = 2;

interface Filterable {
	id: string;
	team: string;
	role: RoleId;
	community: number;
}

/** Per person, in order: SHOWN, FADED or HIDDEN; null when everyone is shown. `ego`, when set, keeps only those. */
export function visibilityOf(
	people: readonly Filterable[],
	filter: ExploreFilter,
	ego: ReadonlySet<string> | null
): Uint8Array | null {
	const leftOut = filter.leftOut === 'hide' ? HIDDEN : FADED;
	const visibility = new Uint8Array(people.length);
	let any = false;
	people.forEach((person, i) => {
		const kept =
			!filter.hiddenTeams.has(person.team) &&
			!filter.hiddenRoles.has(person.role) &&
			!filter.hiddenCommunities.has(person.community) &&
			(filter.externals || person.team !== EXTERNAL_TEAM) &&
			(ego === null || ego.has(person.id));
		if (!kept) {
			visibility[i] = leftOut;
			any = true;
		}
	});
	return any ? visibility : null;
}

/** Adds `value` to a set of left-out values, or takes it out: a legend entry clicked. */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
	const next = new Set(set);
	if (!next.delete(value)) next.add(value);
	return next;
}

/** All of `values` left out, unless they all were: then all brought back. */
export function groupToggled<T>(hidden: ReadonlySet<T>, values: readonly T[]): Set<T> {
	const next = new Set(hidden);
	if (values.every((value) => hidden.has(value))) for (const value of values) next.delete(value);
	else for (const value of values) next.add(value);
	return next;
}
