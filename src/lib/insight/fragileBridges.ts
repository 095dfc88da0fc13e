// Fragile bridges: pairs of teams whose tie weight runs mostly through one person.
import type { Tie } from '../graph/types';
import type { FragileBridge } from './types';

/** One person carrying at least this share of two teams' tie weight makes the pair fragile. */
export const FRAGILE_SHARE = 0.5;

/**
 * For each pair of tied teams, each person's share is the weight of the pair's ties they are on over the pair's
 * total; a tie counts for both of its people, so two people sharing a single tie both carry all of it.
 */
export function fragileBridges(
	teamOf: ReadonlyMap<string, string>,
	ties: readonly Tie[]
): FragileBridge[] {
	const pairs = new Map<
		string,
		{ teams: [string, string]; weight: number; ties: number; carried: Map<string, number> }
	>();
	for (const tie of ties) {
		const a = teamOf.get(tie.source) as string;
		const b = teamOf.get(tie.target) as string;
		if (a === b) continue;
		const teams: [string, string] = a < b ? [a, b] : [b, a];
		const key = `${teams[0]}\u0000${teams[1]}`;
		const pair = pairs.get(key) ?? { teams, weight: 0, ties: 0, carried: new Map() };
		pair.weight += tie.weight;
		pair.ties++;
		for (const person of [tie.source, tie.target])
			pair.carried.set(person, (pair.carried.get(person) ?? 0) + tie.weight);
		pairs.set(key, pair);
	}
	const bridges: FragileBridge[] = [];
	for (const { teams, weight, ties: count, carried } of pairs.values()) {
		if (weight <= 0) continue;
		// The heaviest carrier; on equal weight the smaller id, so results repeat.
		const [person, carries] = [...carried].reduce((best, entry) =>
			entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0]) ? entry : best
		);
		const share = carries / weight;
		if (share >= FRAGILE_SHARE) bridges.push({ teams, person, share, weight, ties: count });
	}
	// Most weight at risk first: a heavy pair resting on one person matters more than a single light tie.
	return bridges.sort(
		(x, y) =>
			y.share * y.weight - x.share * x.weight || x.teams.join().localeCompare(y.teams.join())
	);
}
