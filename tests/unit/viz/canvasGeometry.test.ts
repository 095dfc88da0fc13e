// Fitting a layout into the view and placing labels without overlap.
import { describe, expect, it } from 'vitest';
import { fitTransform, placeLabels } from '../../../src/lib/viz/canvasGeometry';

describe('fitTransform', () => {
	it('scales and centres the bounding box inside the padded view', () => {
		const fit = fitTransform(Float32Array.from([-50, -25, 50, 25]), 300, 200, 50);
		// The box is 100 x 50; the padded view 200 x 100, so both axes allow a scale of 2.
		expect(fit).toEqual({ k: 2, x: 150, y: 100 });
	});

	it('centres a single person without dividing by zero', () => {
		const fit = fitTransform(Float32Array.from([10, 10]), 200, 200, 20);
		expect(fit.k).toBe(4);
		expect([fit.x + fit.k * 10, fit.y + fit.k * 10]).toEqual([100, 100]);
	});
});

describe('placeLabels', () => {
	const label = (text: string, x: number, y: number) => ({ text, x, y, width: 40 });

	it('keeps labels in order, skipping any that overlap a kept one or leave the view', () => {
		const placed = placeLabels(
			[label('a', 10, 20), label('b', 30, 25), label('c', 10, 60), label('d', 290, 60)],
			10,
			300,
			100
		);
		expect(placed.map((l) => l.text)).toEqual(['a', 'c']);
	});

	it('stops at the limit', () => {
		const placed = placeLabels(
			[label('a', 0, 10), label('b', 0, 40), label('c', 0, 70)],
			2,
			300,
			100
		);
		expect(placed.map((l) => l.text)).toEqual(['a', 'b']);
	});
});
