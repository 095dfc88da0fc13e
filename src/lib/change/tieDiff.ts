// Ties one period has and the other has not: gained (only in B) and lost (only in A), heaviest first.
import type { Tie } from '../graph/types';
import type { TieChange } from './types';

const pairKey = (tie: Tie) =>
	tie.source < tie.target ? `${tie.source}\u0000${tie.target}` : `${tie.target}\u0000${tie.source}`;

function only(
	these: readonly Tie[],
	others: ReadonlySet<string>,
	teamOf: ReadonlyMap<string, string>
): TieChange[] {
	return these
		.filter((tie) => !others.has(pairKey(tie)))
		.map((tie) => ({
			source: tie.source,
			target: tie.target,
			weight: tie.weight,
			crossTeam: teamOf.get(tie.source) !== teamOf.get(tie.target)
		}))
		.sort(
			(x, y) =>
				y.weight - x.weight || x.source.localeCompare(y.source) || x.target.localeCompare(y.target)
		);
}

export function tieDiff(
	a: readonly Tie[],
	b: readonly Tie[],
	teamOf: ReadonlyMap<string, string>
): { gained: TieChange[]; lost: TieChange[]; kept: number } {
	const inA = new Set(a.map(pairKey));
	const inB = new Set(b.map(pairKey));
	const gained = only(b, inA, teamOf);
	return { gained, lost: only(a, inB, teamOf), kept: b.length - gained.length };
}
