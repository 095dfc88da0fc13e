// The registry the UI builds its selectors from: fixed ids in order, each explained in plain words.
import { describe, expect, it } from 'vitest';
import { FLAGS } from '../../../src/lib/metrics/flags';
import { MEASURES } from '../../../src/lib/metrics/registry';

describe('the measure registry', () => {
	it('lists the person measures by their stable ids, in display order', () => {
		expect(MEASURES.map((measure) => measure.id)).toEqual([
			'degree',
			'strength',
			'betweenness',
			'closeness',
			'eigenvector',
			'pagerank',
			'clustering',
			'constraint',
			'effectiveSize',
			'efficiency',
			'eiIndex'
		]);
	});

	it('gives every measure and flag a label and a description of a sentence or two', () => {
		for (const entry of [...MEASURES, ...FLAGS]) {
			expect(entry.label, entry.id).not.toBe('');
			const sentences = entry.description.split(/[.!?](\s|$)/).filter((s) => s.trim()).length;
			expect(sentences, entry.id).toBeGreaterThanOrEqual(1);
			expect(sentences, entry.id).toBeLessThanOrEqual(3);
		}
	});

	it('documents the at-the-edge rule in its description', () => {
		const atEdge = FLAGS.find((flag) => flag.id === 'atEdge');
		expect(atEdge?.description).toMatch(/at most one person/);
		expect(atEdge?.description).toMatch(/outside their own team/);
	});
});
