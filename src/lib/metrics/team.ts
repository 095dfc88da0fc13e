// Team figures: how many ties stay inside each team and how many cross its boundary.
import type { PeopleGraph } from '../graph/types';
import type { TeamMetrics } from './types';

/** One entry per team with at least one person, sorted by team name (code-point order). */
export function computeTeamMetrics(graph: PeopleGraph): TeamMetrics[] {
	const counts = new Map<string, { size: number; internal: number; external: number }>();
	graph.forEachNode((_node, { team }) => {
		const count = counts.get(team) ?? { size: 0, internal: 0, external: 0 };
		count.size++;
		counts.set(team, count);
	});
	graph.forEachEdge((_edge, _attributes, _source, _target, { team: a }, { team: b }) => {
		const countA = counts.get(a) as { internal: number; external: number };
		if (a === b) {
			countA.internal++;
			return;
		}
		countA.external++;
		(counts.get(b) as { external: number }).external++;
	});
	return [...counts.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([team, { size, internal, external }]) => ({
			team,
			size,
			internalTies: internal,
			externalTies: external,
			eiIndex: internal + external === 0 ? null : (external - internal) / (external + internal),
			density: size < 2 ? null : internal / ((size * (size - 1)) / 2)
		}));
}
