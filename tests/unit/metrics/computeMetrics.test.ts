// computeMetrics reports progress through the path pass and every measure, and stops when aborted.
import { describe, expect, it } from 'vitest';
import { computeMetrics, type ProgressStep } from '../../../src/lib/metrics/computeMetrics';
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
		const labels = new Set(steps.map((step) => step.label));
		for (const measure of MEASURES.filter((m) => !['betweenness', 'closeness'].includes(m.id)))
			expect(labels).toContain(measure.label);
		expect([...labels][0]).toMatch(/shortest paths/);
	});

	it('gives every person every figure and both flags', async () => {
		const { people } = await computeMetrics(graph);
		expect(Object.keys(people)).toEqual(['a', 'b', 'c']);
		expect(people.b).toMatchObject({ degree: 2, eiIndex: 0, isolated: false, atEdge: false });
		expect(Object.keys(people.b).sort()).toEqual(
			[...MEASURES.map((measure) => measure.id), 'isolated', 'atEdge'].sort()
		);
	});

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
		expect(labels).not.toContain(MEASURES.at(-1)?.label);
	});
});
