// Loads the networkx reference graphs and their expected figures from tests/fixtures/reference.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPeopleGraph } from '../../../src/lib/graph/build';
import type { PeopleGraph } from '../../../src/lib/graph/types';
import type { Network } from '../../../src/lib/analysis/types';

const DIR = fileURLToPath(new URL('../../fixtures/reference/', import.meta.url));

export const REFERENCE_GRAPHS = ['kite', 'four-teams', 'split'] as const;

export interface Expected {
	people: Record<string, Record<string, number | null>>;
	teams: Record<string, Record<string, number | null>>;
	network: Record<string, number>;
}

/** Data rows of a fixture CSV, split on commas: the fixtures have no quoting. */
function rows(file: string): string[][] {
	const [, ...lines] = readFileSync(DIR + file, 'utf8')
		.trim()
		.split(/\r?\n/);
	return lines.map((line) => line.split(','));
}

/** The reference graph's people and ties, as the workspace would hand them to the analysis. */
export function referenceNetwork(name: string): Network {
	const people = rows(`${name}-roster.csv`).map(([id, personName, team]) => ({
		id,
		name: personName,
		team,
		attributes: {}
	}));
	const ties = rows(`${name}.csv`).map(([source, target, weight]) => ({
		source,
		target,
		weight: Number(weight),
		interactions: 1,
		minutes: 0
	}));
	return { people, ties };
}

export function loadReference(name: string): { graph: PeopleGraph; expected: Expected } {
	const { people, ties } = referenceNetwork(name);
	const expected = JSON.parse(readFileSync(`${DIR}${name}-expected.json`, 'utf8')) as Expected;
	return { graph: buildPeopleGraph(people, ties), expected };
}
