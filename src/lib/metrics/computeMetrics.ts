// Computes every person, team and network figure for a people graph, measure by measure.
import type { PeopleGraph } from '../graph/types';
import { FLAGS, type FlagId } from './flags';
import { MEASURES, type MeasureId } from './registry';
import { computeNetworkMetrics } from './network';
import { computeTeamMetrics } from './team';
import type { GraphMetrics, PersonMetrics } from './types';

export interface ProgressStep {
	/** Measures finished so far. */
	done: number;
	total: number;
	/** Label of the measure just finished. */
	label: string;
}

export interface ComputeOptions {
	/** Called after each measure in the registry. */
	onProgress?: (step: ProgressStep) => void;
	/** Checked between measures; once aborted, computeMetrics throws an AbortError. */
	signal?: AbortSignal;
}

type Columns = { [Id in MeasureId | FlagId]: Record<string, PersonMetrics[Id]> };

interface ColumnSource<Id extends keyof Columns> {
	id: Id;
	compute(graph: PeopleGraph): Columns[Id];
}

function throwIfAborted(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
}

// Generic so the compiler checks that each measure's figures land in the column of the same id.
function runMeasure<Id extends keyof Columns>(
	measure: ColumnSource<Id>,
	graph: PeopleGraph,
	columns: Partial<Columns>
): void {
	columns[measure.id] = measure.compute(graph);
}

export function computeMetrics(graph: PeopleGraph, options: ComputeOptions = {}): GraphMetrics {
	const { onProgress, signal } = options;
	const columns: Partial<Columns> = {};
	throwIfAborted(signal);
	MEASURES.forEach((measure, i) => {
		runMeasure(measure, graph, columns);
		onProgress?.({ done: i + 1, total: MEASURES.length, label: measure.label });
		throwIfAborted(signal);
	});
	for (const flag of FLAGS) runMeasure(flag, graph, columns);

	const all = columns as Columns;
	const people: Record<string, PersonMetrics> = {};
	graph.forEachNode((node) => {
		people[node] = {
			degree: all.degree[node],
			strength: all.strength[node],
			betweenness: all.betweenness[node],
			closeness: all.closeness[node],
			eigenvector: all.eigenvector[node],
			pagerank: all.pagerank[node],
			clustering: all.clustering[node],
			constraint: all.constraint[node],
			eiIndex: all.eiIndex[node],
			isolated: all.isolated[node],
			atEdge: all.atEdge[node]
		};
	});
	return { people, teams: computeTeamMetrics(graph), network: computeNetworkMetrics(graph) };
}
