// Team colours for every view (network, team view, heatmap, tables, panels): the largest teams get the palette's
// colour-blind-safe hues, smaller ones share a neutral grey, and people off the roster a darker grey of their own.
import { categoryColours } from '../explore/palette';
import { EXTERNAL_TEAM } from '../graph/settings';
import { UNKNOWN_TEAM } from '../graph/types';

/** People not on the roster (External, Unknown) are not a team of the organisation: no hue, never "other teams". */
export const UNLISTED_GREY = '#6f7782';

export interface TeamColours {
	colourOf: (team: string) => string;
	/** Teams with a hue of their own, largest first. */
	distinct: string[];
	/** Teams sharing the grey of "other teams", by name. */
	others: string[];
	/** External and Unknown, when present. */
	unlisted: string[];
}

export const isUnlisted = (team: string) => team === UNKNOWN_TEAM || team === EXTERNAL_TEAM;

/** Colours for teams of the given sizes; the same teams and sizes always give the same colours. */
export function teamColours(teams: readonly { team: string; size: number }[]): TeamColours {
	const sizes = new Map<string, number>();
	for (const { team, size } of teams) sizes.set(team, (sizes.get(team) ?? 0) + size);
	const names = [...sizes.keys()].sort();
	const listed = categoryColours(
		names.filter((team) => !isUnlisted(team)).map((team) => [team, sizes.get(team) ?? 0] as const)
	);
	return {
		colourOf: (team) => (isUnlisted(team) ? UNLISTED_GREY : listed.colourOf(team)),
		distinct: listed.distinct,
		others: listed.others,
		unlisted: names.filter(isUnlisted)
	};
}
