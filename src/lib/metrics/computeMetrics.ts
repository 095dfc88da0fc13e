// Computes every person, team and network figure for a people graph, with progress and cancel.
import type { PeopleGraph } from '../graph/types';
import { detectCommunities, type Communities } from '../insight/communities';
import { FLAGS, type FlagId } from './flags';
import { byKey, indexGraph } from './indexedGraph';
import { chooseSources, pathFigures, PATH_DEFAULTS, type PathOptions } from './pathFigures';
import { runPathsHere, throwIfAborted, type PathRunner } from './pathRunner';
import { MEASURES, type MeasureId } from './registry';
import { computeNetworkMetrics } from './network';
import type { PathTotals } from './shortestPaths';
import { computeTeamMetrics } from './team';
import type { NetworkMetrics, PersonMetrics, TeamMetrics } from './types';

export interface ProgressStep {
	/** What is being computed now. */
	label: string;
	/** Share of all the measuring done, 0..1. */
	fraction: number;
}

export interface ComputeOptions {
	onProgress?: (step: ProgressStep) => void;
	/** Checked between measures (and between sources of the path pass); once aborted, an AbortError is thrown. */
	signal?: AbortSignal;
	/** Where the shortest-path pass runs: in this thread unless given (the page and the command pass their workers). */
	runPaths?: PathRunner;
	paths?: PathOptions;
	/** Seeds Louvain, so the same network gives the same communities. */
	communitySeed?: number;
}

export interface GraphMetrics {
	/** Keyed by person id. */
	people: Record<string, PersonMetrics>;
	/** Sorted by team name. */
	teams: TeamMetrics[];
	network: NetworkMetrics;
	communities: Communities;
}

/** Betweenness and closeness come out of one shortest-path pass, run alongside the other measures. */
const PATH_MEASURES: ReadonlySet<MeasureId> = new Set(['betweenness', 'closeness']);
/** The path pass costs about as much as this many other measures together, for the progress bar. */
const PATH_PASS_WEIGHT = 6;

type Columns = { [Id in MeasureId | FlagId]: Record<string, PersonMetrics[Id]> };

interface ColumnSource<Id extends keyof Columns> {
	id: Id;
	compute(graph: PeopleGraph): Columns[Id];
}

/**
 * Resolves once the thread has handled what came in meanwhile (workers' messages). A message, not a timer: browsers
 * hold nested timers back by 4 ms.
 */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const { port1, port2 } = new MessageChannel();
		port1.onmessage = () => {
			port1.close();
			resolve();
		};
		port2.postMessage(null);
	});
}

// Generic so the compiler checks that each measure's figures land in the column of the same id.
function runMeasure<Id extends keyof Columns>(
	measure: ColumnSource<Id>,
	graph: PeopleGraph,
	columns: Partial<Columns>
): void {
	columns[measure.id] = measure.compute(graph);
}

export async function computeMetrics(
	graph: PeopleGraph,
	options: ComputeOptions = {}
): Promise<GraphMetrics> {
	const { onProgress, signal } = options;
	const others = MEASURES.filter((measure) => !PATH_MEASURES.has(measure.id));
	// The path pass, each other measure, and communities.
	const totalWeight = PATH_PASS_WEIGHT + others.length + 1;
	let pathShare = 0;
	let measured = 0;
	const report = (label: string) =>
		onProgress?.({ label, fraction: (PATH_PASS_WEIGHT * pathShare + measured) / totalWeight });
	throwIfAborted(signal);

	const indexed = indexGraph(graph);
	const n = indexed.keys.length;
	const sources = chooseSources(n, options.paths ?? PATH_DEFAULTS);
	const pathLabel = 'Following shortest paths (betweenness, closeness)';
	// While the pass runs it is named first, as what takes longest, with the measure this thread is on beside it; short
	// enough together for the header's status area.
	let passRunning = true;
	let measuring: string | null = null;
	const label = () => {
		if (!passRunning) return measuring ?? pathLabel;
		return measuring ? `Shortest paths + ${measuring}` : pathLabel;
	};
	report(label());
	// Aborted too when a measure fails, so that the path workers stop with this call.
	const pass = new AbortController();
	let passFailed: { error: unknown } | null = null;
	const pathTotals = (options.runPaths ?? runPathsHere)(
		indexed,
		sources,
		(fraction) => {
			pathShare = fraction;
			report(label());
		},
		signal ? AbortSignal.any([signal, pass.signal]) : pass.signal
	);
	// Awaited once the other measures are done; a failure meanwhile is thrown at the next turn.
	pathTotals.then(
		() => (passRunning = false),
		(error) => (passFailed ??= { error })
	);
	/** Between this thread's steps: lets the workers' progress and answers in, and stops on a cancel or a failed pass. */
	const turn = async (next: string) => {
		measuring = next;
		report(label());
		await nextTask();
		throwIfAborted(signal);
		if (passFailed) throw passFailed.error;
	};

	// A runner on workers leaves this thread free, so the other measures run while the workers follow paths.
	const columns: Partial<Columns> = {};
	let communities: Communities;
	let totals: PathTotals;
	try {
		for (const measure of others) {
			await turn(measure.label);
			runMeasure(measure, graph, columns);
			measured += 1;
		}
		for (const flag of FLAGS) runMeasure(flag, graph, columns);
		await turn('Communities');
		communities = detectCommunities(graph, options.communitySeed);
		measured += 1;
		measuring = null;
		report(label());
		totals = await pathTotals;
	} catch (error) {
		pass.abort();
		throw error;
	}
	pathShare = 1;
	report(pathLabel);
	throwIfAborted(signal);
	const paths = pathFigures(totals, n, sources.length);
	columns.betweenness = byKey(indexed.keys, paths.betweenness);
	columns.closeness = byKey(indexed.keys, paths.closeness);

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
			effectiveSize: all.effectiveSize[node],
			efficiency: all.efficiency[node],
			eiIndex: all.eiIndex[node],
			isolated: all.isolated[node],
			atEdge: all.atEdge[node]
		};
	});
	const teams = computeTeamMetrics(graph);
	return {
		people,
		teams,
		network: computeNetworkMetrics(graph, {
			paths,
			clustering: all.clustering,
			communities,
			teams
		}),
		communities
	};
}
