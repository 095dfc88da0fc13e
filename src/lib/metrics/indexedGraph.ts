// Lays the people graph out as flat arrays by node position, so measure loops avoid key lookups.
import type { PeopleGraph } from '../graph/types';

/** Adjacency in compressed rows: node i's ties are entries starts[i] to starts[i + 1] - 1. */
export interface IndexedGraph {
	/** Person id at each position. */
	keys: string[];
	/** Team number at each position; equal numbers mean the same team. */
	teams: Int32Array;
	starts: Int32Array;
	/** Position of the person at the other end of each entry. */
	neighbors: Int32Array;
	/** Tie weight of each entry. */
	weights: Float64Array;
}

// Every measure reads the same layout of a graph, and graphs are never changed once built: lay each out once.
const indexed = new WeakMap<PeopleGraph, IndexedGraph>();

/** The graph's flat layout, shared by every caller: read it, never write to it. */
export function indexGraph(graph: PeopleGraph): IndexedGraph {
	let layout = indexed.get(graph);
	if (!layout) {
		layout = layOut(graph);
		indexed.set(graph, layout);
	}
	return layout;
}

function layOut(graph: PeopleGraph): IndexedGraph {
	const keys = graph.nodes();
	const position = new Map(keys.map((key, i) => [key, i]));
	const teamNumbers = new Map<string, number>();
	const teams = new Int32Array(keys.length);
	const starts = new Int32Array(keys.length + 1);
	keys.forEach((key, i) => {
		const team = graph.getNodeAttribute(key, 'team');
		if (!teamNumbers.has(team)) teamNumbers.set(team, teamNumbers.size);
		teams[i] = teamNumbers.get(team) as number;
		starts[i + 1] = starts[i] + graph.degree(key);
	});
	const neighbors = new Int32Array(starts[keys.length]);
	const weights = new Float64Array(starts[keys.length]);
	const filled = starts.slice(0, keys.length);
	graph.forEachEdge((_edge, { weight }, source, target) => {
		const s = position.get(source) as number;
		const t = position.get(target) as number;
		neighbors[filled[s]] = t;
		weights[filled[s]++] = weight;
		neighbors[filled[t]] = s;
		weights[filled[t]++] = weight;
	});
	return { keys, teams, starts, neighbors, weights };
}

/** Turns per-position values back into a record keyed by person id. */
export function byKey<T>(keys: readonly string[], values: ArrayLike<T>): Record<string, T> {
	const record: Record<string, T> = {};
	keys.forEach((key, i) => (record[key] = values[i]));
	return record;
}
