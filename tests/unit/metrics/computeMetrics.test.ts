// computeMetrics runs the registry in order, reports progress per measure and stops when aborted.
import { describe, expect, it } from 'vitest';
import { computeMetrics, type ProgressStep } from '../../../src/lib/metrics/computeMetrics';
import { MEASURES } from '../../../src/lib/metrics/registry';
import { smallGraph } from './graphs';

const graph = smallGraph({ a: 'x', b: 'x', c: 'y' }, [
	['a', 'b'],
	['b', 'c']
]);

describe('computeMetrics', () => {
	it('reports progress once after each measure, in registry order', () => {
		const steps: ProgressStep[] = [];
		computeMetrics(graph, { onProgress: (step) => steps.push(step) });
		expect(steps).toEqual(
			MEASURES.map((measure, i) => ({ done: i + 1, total: MEASURES.length, label: measure.label }))
		);
	});

	it('gives every person every figure and both flags', () => {
		const { people } = computeMetrics(graph);
		expect(Object.keys(people)).toEqual(['a', 'b', 'c']);
		expect(people.b).toMatchObject({ degree: 2, eiIndex: 0, isolated: false, atEdge: false });
		expect(Object.keys(people.b).sort()).toEqual(
			[...MEASURES.map((measure) => measure.id), 'isolated', 'atEdge'].sort()
		);
	});

	it('throws an AbortError before any measure when already aborted', () => {
		const controller = new AbortController();
		controller.abort();
		let steps = 0;
		expect(() =>
			computeMetrics(graph, { signal: controller.signal, onProgress: () => steps++ })
		).toThrow(expect.objectContaining({ name: 'AbortError' }));
		expect(steps).toBe(0);
	});

	it('stops between measures once aborted', () => {
		const controller = new AbortController();
		const labels: string[] = [];
		const run = () =>
			computeMetrics(graph, {
				signal: controller.signal,
				onProgress: ({ label, done }) => {
					labels.push(label);
					if (done === 2) controller.abort();
				}
			});
		expect(run).toThrow(expect.objectContaining({ name: 'AbortError' }));
		expect(labels).toEqual([MEASURES[0].label, MEASURES[1].label]);
	});
});
