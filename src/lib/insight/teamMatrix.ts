// Team by team: ties, interactions and weight between every pair of teams, and each team's share of its own.
import type { Tie } from '../graph/types';
import type { TeamMatrixCell } from './types';

/**
 * Every ordered pair of `teams` (the diagonal included), row-normalised like Viva Insights' group-to-group view:
 * `share` is the cell's weight over all the tie weight of `from`'s people, so each row sums to 1.
 */
export function teamMatrix(
	teams: readonly string[],
	teamOf: ReadonlyMap<string, string>,
	ties: readonly Tie[]
): TeamMatrixCell[] {
	const cells = new Map<string, TeamMatrixCell>();
	const cell = (from: string, to: string) => cells.get(`${from}\u0000${to}`) as TeamMatrixCell;
	for (const from of teams)
		for (const to of teams)
			cells.set(`${from}\u0000${to}`, { from, to, ties: 0, interactions: 0, weight: 0, share: 0 });
	for (const tie of ties) {
		const a = teamOf.get(tie.source) as string;
		const b = teamOf.get(tie.target) as string;
		for (const [from, to] of a === b
			? [[a, b]]
			: [
					[a, b],
					[b, a]
				]) {
			const entry = cell(from, to);
			entry.ties++;
			entry.interactions += tie.interactions;
			entry.weight += tie.weight;
		}
	}
	for (const from of teams) {
		const row = teams.map((to) => cell(from, to));
		const total = row.reduce((sum, entry) => sum + entry.weight, 0);
		for (const entry of row) entry.share = total > 0 ? entry.weight / total : 0;
	}
	return [...cells.values()];
}
