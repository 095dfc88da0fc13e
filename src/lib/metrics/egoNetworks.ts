// Clustering, constraint and effective size in one pass: each looks at the same ties, those between a person's
// contacts, and at 2,000 people and 158k ties three passes over them cost three times one.
import { indexGraph, type IndexedGraph } from './indexedGraph';
import type { PeopleGraph } from '../graph/types';

/** Per position; null for an isolate, where constraint and effective size are undefined. */
export interface EgoFigures {
	clustering: Float64Array;
	constraint: (number | null)[];
	effectiveSize: (number | null)[];
}

// Graphs are never changed once built, and the three measures are asked for one after another.
const computed = new WeakMap<IndexedGraph, EgoFigures>();

export function egoFigures(
	graph: PeopleGraph
): { keys: string[]; starts: Int32Array } & EgoFigures {
	const indexed = indexGraph(graph);
	let figures = computed.get(indexed);
	if (!figures) {
		figures = computeEgoFigures(indexed);
		computed.set(indexed, figures);
	}
	return { keys: indexed.keys, starts: indexed.starts, ...figures };
}

/**
 * Exactly networkx on an undirected graph, each sum in networkx's order, with p(i, j) the share of i's tie weight that
 * goes to j (0 when i's ties weigh 0 in all) and m(j, q) the weight of j's tie to q over j's strongest tie:
 * - `clustering(H)`, unweighted: the share of pairs of i's contacts who are tied (0 below two contacts);
 * - `constraint(H, weight='weight')`: sum over contacts j of (p(i, j) + sum over contacts k of p(i, k) p(k, j))²;
 * - `effective_size(H, weight='weight')`: sum over contacts j of 1 less sum over contacts q of p(i, q) m(j, q).
 */
function computeEgoFigures({ keys, starts, neighbors, weights }: IndexedGraph): EgoFigures {
	const n = keys.length;
	const strength = new Float64Array(n);
	const strongest = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			strength[i] += weights[e];
			strongest[i] = Math.max(strongest[i], weights[e]);
		}
	}
	const share = (i: number, weight: number) => (strength[i] === 0 ? 0 : weight / strength[i]);
	const clustering = new Float64Array(n);
	const constraint: (number | null)[] = new Array(n).fill(null);
	const effectiveSize: (number | null)[] = new Array(n).fill(null);
	// contactOf[j] === i marks j as a contact of the person i being measured, with no clearing.
	const contactOf = new Int32Array(n).fill(-1);
	const shareOfI = new Float64Array(n);
	// Constraint's sum over k of p(i, k) p(k, j), for each contact j of i.
	const indirect = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const degree = starts[i + 1] - starts[i];
		if (degree === 0) continue;
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			contactOf[neighbors[e]] = i;
			shareOfI[neighbors[e]] = share(i, weights[e]);
			indirect[neighbors[e]] = 0;
		}
		let links = 0;
		let size = 0;
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			const k = neighbors[e];
			const viaK = shareOfI[k];
			const strongestOfK = strongest[k];
			let redundancy = 0;
			for (let f = starts[k]; f < starts[k + 1]; f++) {
				const j = neighbors[f];
				if (contactOf[j] !== i) continue;
				links++;
				indirect[j] += viaK * share(k, weights[f]);
				if (strongestOfK > 0) redundancy += shareOfI[j] * (weights[f] / strongestOfK);
			}
			size += 1 - redundancy;
		}
		let total = 0;
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			total += (shareOfI[neighbors[e]] + indirect[neighbors[e]]) ** 2;
		}
		// Each tie between two contacts was seen from both of its ends.
		if (degree >= 2) clustering[i] = links / (degree * (degree - 1));
		constraint[i] = total;
		effectiveSize[i] = size;
	}
	return { clustering, constraint, effectiveSize };
}
