// Every person, team and network figure matches networkx on the reference graphs to 1e-6.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/lib/metrics/computeMetrics';
import { MEASURES } from '../../../src/lib/metrics/registry';
import { loadReference, REFERENCE_GRAPHS } from './referenceGraphs';

const TOLERANCE = 1e-6;

/** Person figures beyond the registry's measures; a Set in case they join the registry. */
const EXTRA_PERSON_FIGURES = ['effectiveSize', 'efficiency'] as const;
const PERSON_FIGURES = [
	...new Set([...MEASURES.map((measure) => measure.id), ...EXTRA_PERSON_FIGURES])
];

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
	const measured = computeMetrics(graph);

	it('has figures for exactly the roster, and the reference covers every person figure', async () => {
		const metrics = await measured;
		expect(Object.keys(metrics.people).sort()).toEqual(Object.keys(expected.people).sort());
		const ids = [...PERSON_FIGURES].sort();
		for (const figures of Object.values(expected.people))
			expect(Object.keys(figures).sort()).toEqual(ids);
	});

	it.each(PERSON_FIGURES)('matches networkx %s for every person', async (id) => {
		const metrics = await measured;
		for (const [person, figures] of Object.entries(expected.people)) {
			expectFigure(metrics.people[person][id], figures[id], `${person} ${id}`);
		}
	});

	it('matches every team figure, with teams sorted by name', async () => {
		const metrics = await measured;
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

	it('matches every network figure', async () => {
		const metrics = await measured;
		// Louvain's figures (communityModularity, teamCommunityNMI) are not compared with networkx
		expect(Object.keys(expected.network).sort()).toEqual([
			'averageClustering',
			'averagePathLength',
			'components',
			'density',
			'diameter',
			'eiIndex',
			'largestComponentShare',
			'modularityOfTeams',
			'people',
			'ties'
		]);
		for (const [figure, value] of Object.entries(expected.network)) {
			expectFigure(metrics.network[figure as keyof typeof metrics.network], value, figure);
		}
	});
});
