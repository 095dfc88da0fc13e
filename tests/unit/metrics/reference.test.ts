// Every person, team and network figure matches networkx on the reference graphs to 1e-6.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/lib/metrics/computeMetrics';
import { MEASURES } from '../../../src/lib/metrics/registry';
import { loadReference, REFERENCE_GRAPHS } from './referenceGraphs';

const TOLERANCE = 1e-6;

function expectFigure(actual: unknown, expected: number | null, what: string): void {
	if (expected === null) {
		expect(actual, what).toBeNull();
		return;
	}
	expect(typeof actual, what).toBe('number');
	expect(
		Math.abs((actual as number) - expected),
		`${what}: ${actual} vs ${expected}`
	).toBeLessThanOrEqual(TOLERANCE);
}

describe.each(REFERENCE_GRAPHS)('the %s reference graph', (name) => {
	const { graph, expected } = loadReference(name);
	const metrics = computeMetrics(graph);

	it('has figures for exactly the roster, and the reference covers every registry measure', () => {
		expect(Object.keys(metrics.people).sort()).toEqual(Object.keys(expected.people).sort());
		const ids = MEASURES.map((measure) => measure.id).sort();
		for (const figures of Object.values(expected.people))
			expect(Object.keys(figures).sort()).toEqual(ids);
	});

	it.each(MEASURES.map((measure) => measure.id))('matches networkx %s for every person', (id) => {
		for (const [person, figures] of Object.entries(expected.people)) {
			expectFigure(metrics.people[person][id], figures[id], `${person} ${id}`);
		}
	});

	it('matches every team figure, with teams sorted by name', () => {
		expect(metrics.teams.map((team) => team.team)).toEqual(Object.keys(expected.teams).sort());
		for (const team of metrics.teams) {
			const figures = expected.teams[team.team];
			expect(Object.keys(figures).sort()).toEqual([
				'density',
				'eiIndex',
				'externalTies',
				'internalTies',
				'size'
			]);
			for (const [figure, value] of Object.entries(figures)) {
				expectFigure(team[figure as keyof typeof team], value, `${team.team} ${figure}`);
			}
		}
	});

	it('matches every network figure', () => {
		expect(Object.keys(expected.network).sort()).toEqual([
			'components',
			'density',
			'people',
			'ties'
		]);
		for (const [figure, value] of Object.entries(expected.network)) {
			expectFigure(metrics.network[figure as keyof typeof metrics.network], value, figure);
		}
	});
});
