// Minimum group size: team-level figures of teams smaller than it are withheld, as Viva Insights does, so that a
// figure about a group can never be a figure about one or two people.
import type { Analysis } from '../analysis/types';
import type { Comparison, TeamChange, WithheldTeamFigures } from '../change/types';
import type { FragileBridge } from '../insight/types';
import { wholeNumberOf, wholeNumberRule } from '../text/wholeNumber';

export const DEFAULT_MIN_GROUP_SIZE = 5;

/** What is shown and written in place of a withheld figure. */
export function fewerThan(minGroupSize: number): string {
	return `fewer than ${minGroupSize}`;
}

/** Teams with fewer people than `minGroupSize`; none when it is 1 or less. */
export function smallTeams(analysis: Pick<Analysis, 'teams'>, minGroupSize: number): Set<string> {
	return new Set(
		analysis.teams.filter((team) => team.size < minGroupSize).map((team) => team.team)
	);
}

/** Fragile bridges between teams whose figures can be shown: a bridge of a small team names its person. */
export function shownBridges(
	bridges: readonly FragileBridge[],
	withheldTeams: ReadonlySet<string>
): FragileBridge[] {
	return bridges.filter((bridge) => !bridge.teams.some((team) => withheldTeams.has(team)));
}

/** The smallest minimum group size, which withholds nothing. */
const SMALLEST_GROUP_SIZE = 1;

/** Checks a minimum group size given by a user: a whole number of 1 or more. */
export function isMinGroupSize(value: number): boolean {
	return Number.isInteger(value) && value >= SMALLEST_GROUP_SIZE;
}

/** What a minimum group size must be, as the command's message and the dashboard's box say it. */
export const MIN_GROUP_SIZE_RULE = wholeNumberRule(SMALLEST_GROUP_SIZE);

/** A minimum group size written as text (the command's option, the dashboard's box), or null when it is none. */
export function minGroupSizeOf(text: string): number | null {
	return wholeNumberOf(text, SMALLEST_GROUP_SIZE);
}

/** Members per team with the counts of `small` teams withheld (null): the key stays, the figure goes. */
export function withheldCounts(
	teams: Readonly<Record<string, number | null>>,
	small: ReadonlySet<string>
): Record<string, number | null> {
	return Object.fromEntries(
		Object.entries(teams).map(([team, count]) => [team, small.has(team) ? null : count])
	);
}

export interface GroupPrivacy {
	minGroupSize: number;
	pseudonymised: boolean;
}

/**
 * The analysis JSON with the figures of small teams withheld. Fields are added, never renamed: a withheld row keeps
 * its keys, its figures become null, and it gains `suppressed: true` and `fewerThan` (the minimum group size); the
 * document gains `privacy` with the settings and the teams withheld.
 */
export function withGroupPrivacy<T extends Analysis>(document: T, privacy: GroupPrivacy): object {
	const small = smallTeams(document, privacy.minGroupSize);
	const withheld = { suppressed: true, fewerThan: privacy.minGroupSize };
	const perTeam = (teams: Record<string, number>) => withheldCounts(teams, small);
	return {
		...document,
		teams: document.teams.map((team) =>
			small.has(team.team)
				? { team: team.team, ...withheldTeamFigures(privacy.minGroupSize) }
				: team
		),
		teamMatrix: document.teamMatrix.map((pair) =>
			small.has(pair.from) || small.has(pair.to)
				? { ...pair, ties: null, interactions: null, weight: null, share: null, ...withheld }
				: pair
		),
		fragileBridges: document.fragileBridges.map((bridge) =>
			bridge.teams.some((team) => small.has(team))
				? { ...bridge, person: null, share: null, weight: null, ties: null, ...withheld }
				: bridge
		),
		communities: document.communities.map((community) => ({
			...community,
			teams: perTeam(community.teams)
		})),
		practiceCommunities: document.practiceCommunities.map((community) => ({
			...community,
			teams: perTeam(community.teams)
		})),
		privacy: {
			minGroupSize: privacy.minGroupSize,
			pseudonymised: privacy.pseudonymised,
			suppressedTeams: [...small].sort()
		}
	};
}

/** A team's row with every figure withheld, as the JSON writes it. */
function withheldTeamFigures(minGroupSize: number): WithheldTeamFigures {
	return {
		size: null,
		internalTies: null,
		externalTies: null,
		eiIndex: null,
		density: null,
		suppressed: true,
		fewerThan: minGroupSize
	};
}

/**
 * A comparison of two periods with the figures of small teams withheld, by the same convention: a team's figures
 * in a period where it had fewer than `minGroupSize` people become null with `suppressed: true` and `fewerThan`,
 * as does its change (the row gains the two fields); its member counts in `communities[].teams` become null when
 * it was small in either period. Teams keep their rows; person-level figures are untouched.
 */
export function withheldComparison(comparison: Comparison, minGroupSize: number): Comparison {
	const withheld = { suppressed: true as const, fewerThan: minGroupSize };
	const hidden = withheldTeamFigures(minGroupSize);
	const isSmall = (side: TeamChange['a']) =>
		side !== null && (side.size === null || side.size < minGroupSize);
	const small = new Set(
		comparison.teams.filter((row) => isSmall(row.a) || isSmall(row.b)).map((row) => row.team)
	);
	return {
		...comparison,
		teams: comparison.teams.map((row) =>
			small.has(row.team)
				? {
						team: row.team,
						a: isSmall(row.a) ? hidden : row.a,
						b: isSmall(row.b) ? hidden : row.b,
						change: { internalTies: null, externalTies: null, eiIndex: null, density: null },
						...withheld
					}
				: row
		),
		communities: comparison.communities.map((community) => ({
			...community,
			teams: withheldCounts(community.teams, small)
		}))
	};
}

/** The teams whose figures withheldComparison withholds in either period, in name order. */
export function withheldTeams(comparison: Comparison): string[] {
	return comparison.teams
		.filter((row) => row.suppressed)
		.map((row) => row.team)
		.sort();
}
