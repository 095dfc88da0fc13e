// Builds small hand-drawn people graphs for the worked examples in the metrics tests.
import { buildPeopleGraph } from '../../../src/lib/graph/build';
import type { PeopleGraph } from '../../../src/lib/graph/types';

/** `people` maps id to team; each tie is [source, target] or [source, target, weight]. */
export function smallGraph(
	people: Record<string, string>,
	ties: readonly (readonly [string, string, number?])[]
): PeopleGraph {
	return buildPeopleGraph(
		Object.entries(people).map(([id, team]) => ({ id, name: id, team, attributes: {} })),
		ties.map(([source, target, weight = 1]) => ({
			source,
			target,
			weight,
			interactions: 1,
			minutes: 0
		}))
	);
}
