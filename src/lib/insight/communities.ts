// Informal communities (Louvain) and how far they follow the formal teams.
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { randomLcg } from 'd3';
import type { PeopleGraph } from '../graph/types';
import type { Community } from './types';

/** A team contributes substantially to a community with at least this many members and this share of it. */
export const SUBSTANTIAL = { members: 2, share: 0.1 };

export interface Communities {
	/** Community id of each person. */
	membership: Record<string, number>;
	/** Largest first; ids follow this order. */
	communities: Community[];
	/** Weighted modularity of the communities; null without ties. */
	modularity: number | null;
}

/** Weighted modularity (resolution 1, as networkx) of a partition; null without ties, where it is undefined. */
export function partitionModularity(
	graph: PeopleGraph,
	communityOf: (person: string) => string | number
): number | null {
	if (graph.size === 0) return null;
	return modularity(graph, {
		getNodeCommunity: (node) => communityOf(node),
		getEdgeWeight: 'weight'
	});
}

/** Seeded Louvain, so the same network always gives the same communities. */
export function detectCommunities(graph: PeopleGraph, seed = 1): Communities {
	const found: Record<string, number> =
		graph.size === 0
			? Object.fromEntries(graph.nodes().map((node, i) => [node, i]))
			: louvain(graph, { getEdgeWeight: 'weight', rng: randomLcg(seed) });
	const members = new Map<number, string[]>();
	graph.forEachNode((node) => {
		const list = members.get(found[node]) ?? [];
		list.push(node);
		members.set(found[node], list);
	});
	const ordered = [...members.values()]
		.map((people) => people.sort())
		.sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
	const membership: Record<string, number> = {};
	const communities = ordered.map((people, id) => {
		const teams: Record<string, number> = {};
		for (const person of people) {
			membership[person] = id;
			const team = graph.getNodeAttribute(person, 'team');
			teams[team] = (teams[team] ?? 0) + 1;
		}
		const substantial = Object.values(teams).filter(
			(count) => count >= SUBSTANTIAL.members && count >= SUBSTANTIAL.share * people.length
		);
		return { id, size: people.length, teams, crossTeam: substantial.length >= 3 };
	});
	return {
		membership,
		communities,
		modularity: partitionModularity(graph, (person) => membership[person])
	};
}

/**
 * Normalised mutual information of two labellings of the same people, with the arithmetic mean of the two
 * entropies as normaliser (scikit-learn's default): 1 when they group people alike, 0 when independent.
 */
export function normalizedMutualInformation(
	a: readonly (string | number)[],
	b: readonly (string | number)[]
): number | null {
	const n = a.length;
	if (n === 0) return null;
	const countsA = new Map<string | number, number>();
	const countsB = new Map<string | number, number>();
	const joint = new Map<string, number>();
	for (let i = 0; i < n; i++) {
		countsA.set(a[i], (countsA.get(a[i]) ?? 0) + 1);
		countsB.set(b[i], (countsB.get(b[i]) ?? 0) + 1);
		const key = JSON.stringify([a[i], b[i]]);
		joint.set(key, (joint.get(key) ?? 0) + 1);
	}
	const entropy = (counts: Map<string | number, number>) =>
		-[...counts.values()].reduce((sum, c) => sum + (c / n) * Math.log(c / n), 0);
	const entropyA = entropy(countsA);
	const entropyB = entropy(countsB);
	if (entropyA === 0 && entropyB === 0) return 1;
	let mutual = 0;
	for (const [key, count] of joint) {
		const [x, y] = JSON.parse(key) as [string | number, string | number];
		const p = count / n;
		mutual +=
			p * Math.log(p / (((countsA.get(x) as number) / n) * ((countsB.get(y) as number) / n)));
	}
	return Math.max(0, mutual / ((entropyA + entropyB) / 2));
}
