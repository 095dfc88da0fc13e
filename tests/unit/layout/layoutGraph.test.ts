// People and ties turned into the layout's typed arrays.
import { describe, expect, it } from 'vitest';
import { layoutGraphOf } from '../../../src/lib/layout/layoutGraph';

describe('layoutGraphOf', () => {
	it('indexes people in their order and teams in name order, dropping ties to unknown people', () => {
		const graph = layoutGraphOf(
			[
				{ id: 'c', team: 'Sales' },
				{ id: 'a', team: 'Design' },
				{ id: 'b', team: 'Sales' }
			],
			[
				{ source: 'a', target: 'b' },
				{ source: 'a', target: 'zz' },
				{ source: 'b', target: 'c' }
			]
		);
		expect([...graph.teams]).toEqual([1, 0, 1]);
		expect([...graph.sources]).toEqual([1, 2]);
		expect([...graph.targets]).toEqual([2, 0]);
	});
});
