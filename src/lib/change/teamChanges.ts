// Each team's ties, E-I index and density in two periods, and how they changed.
import type { Analysis } from '../analysis/types';
import type { TeamChange, TeamFigures } from './types';

function figures(analysis: Analysis): Map<string, TeamFigures> {
	return new Map(
		analysis.teams.map(({ team, size, internalTies, externalTies, eiIndex, density }) => [
			team,
			{ size, internalTies, externalTies, eiIndex, density }
		])
	);
}

function difference(a: number | null | undefined, b: number | null | undefined): number | null {
	return a === null || a === undefined || b === null || b === undefined ? null : b - a;
}

/** Every team of either period, in A's order then B's newcomers; the change is B minus A. */
export function teamChanges(a: Analysis, b: Analysis): TeamChange[] {
	const before = figures(a);
	const after = figures(b);
	const teams = [...new Set([...before.keys(), ...after.keys()])];
	return teams.map((team) => {
		const x = before.get(team) ?? null;
		const y = after.get(team) ?? null;
		return {
			team,
			a: x,
			b: y,
			change: {
				internalTies: difference(x?.internalTies, y?.internalTies),
				externalTies: difference(x?.externalTies, y?.externalTies),
				eiIndex: difference(x?.eiIndex, y?.eiIndex),
				density: difference(x?.density, y?.density)
			}
		};
	});
}
