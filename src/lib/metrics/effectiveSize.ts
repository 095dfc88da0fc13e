// Burt's effective size and efficiency: how many of a person's contacts are non-redundant ways to reach others.
import type { PeopleGraph } from '../graph/types';
import { byKey, indexGraph, type IndexedGraph } from './indexedGraph';

// Effective size and efficiency both need these; the second measure reads the first's.
const computed = new WeakMap<IndexedGraph, (number | null)[]>();

function effectiveSizes(graph: IndexedGraph): (number | null)[] {
	let sizes = computed.get(graph);
	if (!sizes) {
		sizes = computeEffectiveSizes(graph);
		computed.set(graph, sizes);
	}
	return sizes;
}

/**
 * Exactly networkx `effective_size(H, weight='weight')`: for each contact j of i, 1 less the redundancy
 * sum over i's contacts q of p(i, q) m(j, q), with p the share of i's tie weight and m the tie weight over
 * j's strongest tie. Null for an isolate.
 */
function computeEffectiveSizes({
	keys,
	starts,
	neighbors,
	weights
}: IndexedGraph): (number | null)[] {
	const n = keys.length;
	const strength = new Float64Array(n);
	const strongest = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			strength[i] += weights[e];
			strongest[i] = Math.max(strongest[i], weights[e]);
		}
	}
	const result: (number | null)[] = new Array(n).fill(null);
	// contactOf[q] === i marks q as a contact of the person i being measured, with no clearing.
	const contactOf = new Int32Array(n).fill(-1);
	const shareOfI = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		if (starts[i] === starts[i + 1]) continue;
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			contactOf[neighbors[e]] = i;
			shareOfI[neighbors[e]] = strength[i] === 0 ? 0 : weights[e] / strength[i];
		}
		let size = 0;
		for (let e = starts[i]; e < starts[i + 1]; e++) {
			const j = neighbors[e];
			let redundancy = 0;
			for (let f = starts[j]; f < starts[j + 1]; f++) {
				const q = neighbors[f];
				if (contactOf[q] === i && strongest[j] > 0)
					redundancy += shareOfI[q] * (weights[f] / strongest[j]);
			}
			size += 1 - redundancy;
		}
		result[i] = size;
	}
	return result;
}

export function effectiveSize(graph: PeopleGraph): Record<string, number | null> {
	const indexed = indexGraph(graph);
	return byKey(indexed.keys, effectiveSizes(indexed));
}

/** Effective size over degree: the share of a person's contacts that are not redundant. */
export function efficiency(graph: PeopleGraph): Record<string, number | null> {
	const indexed = indexGraph(graph);
	const sizes = effectiveSizes(indexed);
	const { starts } = indexed;
	return byKey(
		indexed.keys,
		sizes.map((size, i) => (size === null ? null : size / (starts[i + 1] - starts[i])))
	);
}
