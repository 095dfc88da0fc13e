// Level of detail: tie classes by weight, the moving budget shared strongest first, and how many labels a view shows.
import { describe, expect, it } from 'vitest';
import {
	allocateTieBudget,
	FADED_CLASS,
	labelLimit,
	radiusScale,
	radiusScaleAtFit,
	screenRadius,
	TIE_OVERHEAD_PX,
	tieDensityAlpha,
	tieInk,
	weightClass,
	weightClassBounds
} from '../../../src/lib/viz/canvas/levelOfDetail';

describe('weight classes', () => {
	it('splits at the median and the 85th percentile', () => {
		const weights = Array.from({ length: 100 }, (_, i) => i + 1);
		const bounds = weightClassBounds(weights);
		expect(bounds).toEqual([50, 85]);
		expect(weightClass(10, bounds)).toBe(0);
		expect(weightClass(50, bounds)).toBe(0);
		expect(weightClass(60, bounds)).toBe(1);
		expect(weightClass(86, bounds)).toBe(2);
	});

	it('puts every tie in the middle class when all weigh the same', () => {
		const bounds = weightClassBounds([1, 1, 1, 1]);
		expect(weightClass(1, bounds)).toBe(1);
	});
});

describe('allocateTieBudget', () => {
	it('draws everything in view when the budget allows', () => {
		const out = new Int32Array(3);
		allocateTieBudget([10, 20, 30], [0, 1, 2], 100, out);
		expect([...out]).toEqual([10, 20, 30]);
	});

	it('spends the budget on strong ties first, then shares what is left in proportion', () => {
		const out = new Int32Array(4);
		// Two weak batches (100 and 300 in view), one medium (50), one strong (20); a budget of 170.
		allocateTieBudget([100, 300, 50, 20], [0, 0, 1, 2], 170, out);
		expect(out[3]).toBe(20);
		expect(out[2]).toBe(50);
		// 100 left for 400 weak ties in view: a quarter of each batch.
		expect([out[0], out[1]]).toEqual([25, 75]);
	});

	it('leaves faded ties out until every other class is drawn', () => {
		const out = new Int32Array(2);
		allocateTieBudget([500, 40], [FADED_CLASS, 0], 100, out);
		expect([...out]).toEqual([60, 40]);
		allocateTieBudget([500, 400], [FADED_CLASS, 0], 100, out);
		expect([...out]).toEqual([0, 100]);
	});

	it('never allots more than the budget', () => {
		const out = new Int32Array(5);
		allocateTieBudget([333, 333, 333, 7, 1], [0, 0, 0, 1, 2], 500, out);
		expect(out.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(500);
	});
});

describe('labelLimit', () => {
	const people = 5_000;

	it('shows a handful of labels in the fitted view, more as the view zooms in', () => {
		const fitted = labelLimit(1, 1, 860, 780, people);
		expect(fitted).toBeGreaterThanOrEqual(8);
		expect(fitted).toBeLessThanOrEqual(30);
		expect(labelLimit(2, 1, 860, 780, people)).toBe(fitted * 2);
		// Zoomed out past the fit: no fewer than fitted.
		expect(labelLimit(0.5, 1, 860, 780, people)).toBe(fitted);
	});

	it('shows every label once people are far enough apart on screen', () => {
		// 250 people in 860 x 780: 52 px apart when fitted, 80 px from about 1.5 times that zoom.
		expect(labelLimit(1, 1, 860, 780, 250)).toBeLessThan(Infinity);
		expect(labelLimit(1.6, 1, 860, 780, 250)).toBe(Infinity);
		// 5,000 people need far more zoom.
		expect(labelLimit(3, 1, 860, 780, people)).toBeLessThan(Infinity);
		expect(labelLimit(8, 1, 860, 780, people)).toBe(Infinity);
	});

	it('suits the number to the area of the view', () => {
		expect(labelLimit(1, 1, 300, 200, people)).toBeLessThan(labelLimit(1, 1, 1200, 900, people));
	});
});

describe('sizes of people on screen', () => {
	it('grow with the square root of the zoom and never drop under a pixel', () => {
		expect(screenRadius(5, 2)).toBe(10);
		expect(screenRadius(3, 0.01)).toBe(1);
		expect(radiusScale(0.5, 4, 1)).toBe(1);
	});

	it('follow the square root of the fitted zoom for a small network', () => {
		const radii = new Float32Array(250).fill(4);
		expect(radiusScaleAtFit(radii, 1.44, 600 * 500)).toBeCloseTo(1.2);
	});

	it('shrink so that thousands of people cover a fixed share of the network', () => {
		const radii = new Float32Array(10_000).fill(4);
		const area = 700 * 700;
		const scale = radiusScaleAtFit(radii, 0.3, area);
		expect(scale).toBeLessThan(Math.sqrt(0.3));
		const covered = 10_000 * Math.PI * (4 * scale) ** 2;
		expect(covered / area).toBeCloseTo(0.16);
	});
});

describe('ties in a crowded view', () => {
	it('costs a tie its length in pixels stepped, plus the overhead', () => {
		expect(tieInk(0, 0, 30, -40)).toBe(40 + TIE_OVERHEAD_PX);
	});

	it('are drawn as they are when sparse and fainter, down to a floor, when crowded', () => {
		expect(tieDensityAlpha(100_000, 1_000_000)).toBe(1);
		expect(tieDensityAlpha(2_000_000, 1_000_000)).toBeCloseTo(0.5);
		expect(tieDensityAlpha(1e9, 1_000_000)).toBe(0.2);
	});
});
