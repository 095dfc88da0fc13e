// Fitting a layout into the view, culling what is off-screen and placing labels without overlap.
import { describe, expect, it } from 'vitest';
import {
	circleInView,
	fitTransform,
	LABEL_GAP,
	LABEL_HEIGHT,
	LabelGrid,
	placeLabels,
	projectPositions,
	segmentInView
} from '../../../src/lib/viz/canvasGeometry';
import { createRng } from '../../../src/lib/demo/random';

describe('fitTransform', () => {
	it('scales and centres the bounding box inside the padded view', () => {
		const fit = fitTransform(Float32Array.from([-50, -25, 50, 25]), 300, 200, 50);
		// The box is 100 x 50; the padded view 200 x 100, so both axes allow a scale of 2.
		expect(fit).toEqual({ k: 2, x: 150, y: 100, spanX: 100, spanY: 50 });
	});

	it('centres a single person without dividing by zero', () => {
		const fit = fitTransform(Float32Array.from([10, 10]), 200, 200, 20);
		expect(fit.k).toBe(4);
		expect([fit.x + fit.k * 10, fit.y + fit.k * 10]).toEqual([100, 100]);
	});

	it('ignores positions that are not numbers yet', () => {
		const fit = fitTransform(Float32Array.from([-50, -25, NaN, NaN, 50, 25]), 300, 200, 50);
		expect(fit).toMatchObject({ k: 2, x: 150, y: 100 });
	});
});

describe('projectPositions', () => {
	it('applies the zoom transform to each position', () => {
		const out = new Float32Array(4);
		projectPositions(Float32Array.from([1, 2, -3, 4]), 2, 10, 20, 2, out);
		expect([...out]).toEqual([12, 24, 4, 28]);
	});
});

describe('culling', () => {
	it('drops a segment only when both ends lie beyond the same edge', () => {
		expect(segmentInView(-10, 50, -5, 80, 100, 100)).toBe(false);
		expect(segmentInView(110, 50, 150, 80, 100, 100)).toBe(false);
		expect(segmentInView(10, -50, 80, -1, 100, 100)).toBe(false);
		expect(segmentInView(10, 101, 80, 300, 100, 100)).toBe(false);
		// Crossing the view with both ends outside it.
		expect(segmentInView(-50, 50, 150, 50, 100, 100)).toBe(true);
		expect(segmentInView(50, -50, 50, 150, 100, 100)).toBe(true);
		expect(segmentInView(10, 10, 20, 20, 100, 100)).toBe(true);
	});

	it('keeps a circle that pokes into the view', () => {
		expect(circleInView(-4, 50, 5, 100, 100)).toBe(true);
		expect(circleInView(-6, 50, 5, 100, 100)).toBe(false);
		expect(circleInView(50, 104, 5, 100, 100)).toBe(true);
		expect(circleInView(50, 106, 5, 100, 100)).toBe(false);
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

	it('never lets two kept labels overlap, among thousands of random candidates', () => {
		const rng = createRng(11);
		const candidates = Array.from({ length: 3000 }, (_, i) => ({
			text: String(i),
			x: rng.int(-50, 800),
			y: rng.int(-20, 600),
			width: rng.int(20, 120)
		}));
		const placed = placeLabels(candidates, Infinity, 800, 600);
		expect(placed.length).toBeGreaterThan(50);
		for (let a = 0; a < placed.length; a++) {
			const p = placed[a];
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x + p.width).toBeLessThanOrEqual(800);
			expect(p.y - LABEL_HEIGHT / 2).toBeGreaterThanOrEqual(0);
			expect(p.y + LABEL_HEIGHT / 2).toBeLessThanOrEqual(600);
			for (let b = a + 1; b < placed.length; b++) {
				const q = placed[b];
				const apartSideways = p.x + p.width + LABEL_GAP <= q.x || q.x + q.width + LABEL_GAP <= p.x;
				const apartVertically = Math.abs(p.y - q.y) >= LABEL_HEIGHT;
				expect(apartSideways || apartVertically).toBe(true);
			}
		}
	});

	it('keeps the same labels as a check of every pair would', () => {
		const rng = createRng(3);
		const candidates = Array.from({ length: 800 }, (_, i) => ({
			text: String(i),
			x: rng.int(0, 500),
			y: rng.int(7, 393),
			width: rng.int(10, 200)
		}));
		const kept: typeof candidates = [];
		for (const c of candidates) {
			if (c.x + c.width > 500) continue;
			const clash = kept.some(
				(o) =>
					c.x < o.x + o.width + LABEL_GAP &&
					o.x < c.x + c.width + LABEL_GAP &&
					Math.abs(c.y - o.y) < LABEL_HEIGHT
			);
			if (!clash) kept.push(c);
		}
		expect(placeLabels(candidates, Infinity, 500, 400).map((l) => l.text)).toEqual(
			kept.map((l) => l.text)
		);
	});
});

describe('LabelGrid', () => {
	it('forgets every label on reset', () => {
		const grid = new LabelGrid();
		grid.reset(200, 100);
		expect(grid.tryPlace(10, 50, 60)).toBe(true);
		expect(grid.tryPlace(20, 52, 60)).toBe(false);
		grid.reset(200, 100);
		expect(grid.count).toBe(0);
		expect(grid.tryPlace(20, 52, 60)).toBe(true);
	});
});
