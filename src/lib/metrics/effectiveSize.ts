// Burt's effective size and efficiency: how many of a person's contacts are non-redundant ways to reach others.
import type { PeopleGraph } from '../graph/types';
import { egoFigures } from './egoNetworks';
import { byKey } from './indexedGraph';

/**
 * Exactly networkx `effective_size(H, weight='weight')`: for each contact j of i, 1 less the redundancy
 * sum over i's contacts q of p(i, q) m(j, q), with p the share of i's tie weight and m the tie weight over
 * j's strongest tie. Null for an isolate.
 */
export function effectiveSize(graph: PeopleGraph): Record<string, number | null> {
	const { keys, effectiveSize } = egoFigures(graph);
	return byKey(keys, effectiveSize);
}

/** Effective size over degree: the share of a person's contacts that are not redundant. */
export function efficiency(graph: PeopleGraph): Record<string, number | null> {
	const { keys, starts, effectiveSize } = egoFigures(graph);
	return byKey(
		keys,
		effectiveSize.map((size, i) => (size === null ? null : size / (starts[i + 1] - starts[i])))
	);
}
