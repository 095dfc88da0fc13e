// computeMetrics reports progress through the path pass and every measure, runs the measures alongside the pass, and
// stops when aborted.
import { describe, expect, it } from 'vitest';
import { computeMetrics, type ProgressStep } from '../../../src/lib/metrics/computeMetrics';
import { runPathsHere, type PathRunner } from '../../../src/lib/metrics/pathRunner';
import { MEASURES } from '../../../src/lib/metrics/registry';
import { smallGraph } from './graphs';

const graph = smallGraph({ a: 'x', b: 'x', c: 'y' }, [
	['a', 'b'],
	['b', 'c']
]);

describe('computeMetrics', () => {
	it('reports rising progress that ends at 1, naming each measure besides the path ones', async () => {
		const steps: ProgressStep[] = [];
		await computeMetrics(graph, { onProgress: (step) => steps.push(step) });
		const fractions = steps.map((step) => step.fraction);
		expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
		expect(fractions.at(-1)).toBe(1);
		const labels = [...new Set(steps.map((step) => step.label))];
		for (const measure of MEASURES.filter((m) => !['betweenness', 'closeness'].includes(m.id)))
			expect(labels.some((label) => label.endsWith(measure.label))).toBe(true);
		expect(labels[0]).toBe('Following shortest paths (betweenness, closeness)');
	});

	it('computes the other measures while a path runner on workers follows paths, with the same figures', async () => {
		const labels: string[] = [];
		let communitiesNamed = () => {};
		const named = new Promise<void>((resolve) => (communitiesNamed = resolve));
		let measuredMeanwhile: string[] = [];
		// Like the workers' runner, it leaves this thread free; it answers once the other measures are done (or, were
		// they waiting for it, after a second, having seen none of them).
		const runPaths: PathRunner = async (indexed, sources, onProgress, signal) => {
			await Promise.race([named, new Promise((resolve) => setTimeout(resolve, 1000))]);
			measuredMeanwhile = [...labels];
			return runPathsHere(indexed, sources, onProgress, signal);
		};
		const alongside = await computeMetrics(graph, {
			runPaths,
			onProgress: ({ label }) => {
				labels.push(label);
				if (label.endsWith('Communities')) communitiesNamed();
			}
		});
		// Each named beside the pass, which was still running.
		for (const measure of MEASURES.filter((m) => !['betweenness', 'closeness'].includes(m.id)))
			expect(measuredMeanwhile).toContain(`Shortest paths + ${measure.label}`);
		expect(alongside).toEqual(await computeMetrics(graph));
	});

	it('stops at its next turn when the path pass fails, with the error of the pass', async () => {
		const labels: string[] = [];
		const runPaths: PathRunner = async () => {
			throw new Error('a path worker failed');
		};
		await expect(
			computeMetrics(graph, { runPaths, onProgress: ({ label }) => labels.push(label) })
		).rejects.toThrow('a path worker failed');
		expect(labels.some((label) => label.includes('Communities'))).toBe(false);
	});

	it('ends the path pass when anything else fails', async () => {
		let passSignal: AbortSignal | undefined;
		const runPaths: PathRunner = (_graph, _sources, _onProgress, signal) => {
			passSignal = signal;
			return new Promise((_resolve, reject) =>
				signal?.addEventListener('abort', () => reject(new DOMException('Cancelled', 'AbortError')))
			);
		};
		const failing = computeMetrics(graph, {
			runPaths,
			onProgress: ({ label }) => {
				if (label.endsWith('PageRank')) throw new Error('the page went away');
			}
		});
		await expect(failing).rejects.toThrow('the page went away');
		expect(passSignal?.aborted).toBe(true);
	});

	it('gives every person every figure and both flags', async () => {
		const { people } = await computeMetrics(graph);
		expect(Object.keys(people)).toEqual(['a', 'b', 'c']);
		expect(people.b).toMatchObject({ degree: 2, eiIndex: 0, isolated: false, atEdge: false });
		expect(Object.keys(people.b).sort()).toEqual(
			[...MEASURES.map((measure) => measure.id), 'isolated', 'atEdge'].sort()
		);
	});

	it('gives eigenvector centrality as NaN where its power iteration cannot converge, and every other figure', async () => {
		// A long line of people: its spectral gap shrinks as 1/n², beyond any iteration budget.
		const n = 2000;
		const people = Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, `t${i % 10}`]));
		const line = Array.from({ length: n - 1 }, (_, i) => [`p${i}`, `p${i + 1}`] as const);
		const { people: figures } = await computeMetrics(smallGraph(people, line));
		expect(Object.values(figures).every((person) => Number.isNaN(person.eigenvector))).toBe(true);
		const pagerank = Object.values(figures).reduce((sum, person) => sum + person.pagerank, 0);
		expect(pagerank).toBeCloseTo(1, 9);
		// Person k of the line lies between k(n-1-k) pairs, over the (n-1)(n-2)/2 pairs of others.
		const middle = n / 2;
		expect(figures[`p${middle}`].betweenness).toBeCloseTo(
			((middle * (n - 1 - middle)) / ((n - 1) * (n - 2))) * 2,
			12
		);
		expect(figures.p0.degree).toBe(1);
	}, 30_000);

	it('throws an AbortError before any measure when already aborted', async () => {
		const controller = new AbortController();
		controller.abort();
		let steps = 0;
		await expect(
			computeMetrics(graph, { signal: controller.signal, onProgress: () => steps++ })
		).rejects.toMatchObject({ name: 'AbortError' });
		expect(steps).toBe(0);
	});

	it('stops between measures once aborted', async () => {
		const controller = new AbortController();
		const labels: string[] = [];
		const run = computeMetrics(graph, {
			signal: controller.signal,
			onProgress: ({ label }) => {
				labels.push(label);
				if (labels.length === 3) controller.abort();
			}
		});
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		// The step that was running finishes and reports; nothing after it starts.
		expect(labels.length).toBeLessThanOrEqual(4);
		expect(labels.some((label) => label.endsWith(MEASURES.at(-1)!.label))).toBe(false);
	});
});
