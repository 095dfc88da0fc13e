// Labels in a still frame: the focus and matches first, then the largest people in view, never over one another.
import { describe, expect, it } from 'vitest';
import { LABEL_HEIGHT, LabelGrid } from '../../../src/lib/viz/canvasGeometry';
import { chooseLabels, type LabelRequest } from '../../../src/lib/viz/canvas/labels';
import { buildScene, FADED, SHOWN } from '../../../src/lib/viz/canvas/scene';

interface P {
	id: string;
	name: string;
	size: number;
}

/** A row of people 30 px apart, sizes rising along the row. */
function row(count: number, visibility: Uint8Array | null = null) {
	const people: P[] = Array.from({ length: count }, (_, i) => ({
		id: `p${i}`,
		name: `Person ${i}`,
		size: 2 + i / 10
	}));
	const scene = buildScene<P>({
		people,
		ties: [
			{ source: 'p0', target: 'p1', weight: 1 },
			{ source: 'p0', target: 'p2', weight: 1 }
		],
		colorOf: () => '#888',
		radiusOf: (p) => p.size,
		visibility,
		minTieWeight: 0
	});
	const screen = new Float32Array(2 * count);
	for (let i = 0; i < count; i++) {
		screen[2 * i] = 20 + 30 * (i % 20);
		screen[2 * i + 1] = 20 + 20 * Math.floor(i / 20);
	}
	return { scene, screen };
}

function request(overrides: Partial<LabelRequest> & Pick<LabelRequest, 'scene' | 'screen'>) {
	return {
		k: 1,
		fitK: 1,
		radiusScale: 1,
		width: 640,
		height: 480,
		focus: -1,
		neighbours: [],
		selected: -1,
		highlighted: [],
		measure: () => 50,
		grid: new LabelGrid(),
		...overrides
	} satisfies LabelRequest;
}

function overlapping(labels: { x: number; y: number }[], width = 50) {
	for (let a = 0; a < labels.length; a++)
		for (let b = a + 1; b < labels.length; b++) {
			const p = labels[a];
			const q = labels[b];
			if (Math.abs(p.x - q.x) < width && Math.abs(p.y - q.y) < LABEL_HEIGHT) return true;
		}
	return false;
}

describe('chooseLabels', () => {
	it('labels the largest people first, within the limit, none overlapping', () => {
		const { scene, screen } = row(200);
		const labels = chooseLabels(request({ scene, screen }));
		expect(labels.length).toBeGreaterThan(3);
		expect(labels.length).toBeLessThanOrEqual(30);
		expect(labels[0].person).toBe(199);
		expect(overlapping(labels)).toBe(false);
	});

	it('shows every label that fits when zoomed in', () => {
		const { scene, screen } = row(200);
		const fitted = chooseLabels(request({ scene, screen }));
		const zoomed = chooseLabels(request({ scene, screen, k: 3 }));
		// Far enough apart on screen for every label: all that fit are shown.
		const apart = chooseLabels(request({ scene, screen, k: 10 }));
		expect(apart.length).toBeGreaterThanOrEqual(zoomed.length);
		expect(zoomed.length).toBeGreaterThan(fitted.length);
		expect(overlapping(zoomed)).toBe(false);
	});

	it('puts the focus, the selection and search matches before anyone else', () => {
		const { scene, screen } = row(200);
		const labels = chooseLabels(request({ scene, screen, selected: 5, highlighted: [7] }));
		expect(labels.slice(0, 2).map((l) => l.person)).toEqual([5, 7]);
	});

	it('labels only the focus and its neighbours while someone is hovered', () => {
		const { scene, screen } = row(200);
		// The focus and its two neighbours on lines of their own.
		screen.set([100, 300, 100, 340, 100, 380]);
		const labels = chooseLabels(request({ scene, screen, focus: 0, neighbours: [2, 1] }));
		expect(labels.map((l) => l.person).sort()).toEqual([0, 1, 2]);
	});

	it('never labels a faded person', () => {
		const visibility = new Uint8Array(200).fill(SHOWN);
		visibility[199] = FADED;
		const { scene, screen } = row(200, visibility);
		const labels = chooseLabels(request({ scene, screen, selected: 199 }));
		expect(labels.map((l) => l.person)).not.toContain(199);
	});

	it('keeps labels clear of a reserved box, such as the toolbar', () => {
		const { scene, screen } = row(200);
		const toolbar = { x: 400, y: 0, width: 240, height: 60 };
		const labels = chooseLabels(request({ scene, screen, k: 10, reserved: [toolbar] }));
		expect(labels.length).toBeGreaterThan(10);
		for (const label of labels)
			expect(label.x + 50 <= toolbar.x || label.y - LABEL_HEIGHT / 2 >= toolbar.height).toBe(true);
	});

	it('places a label left of its person when the right side is taken', () => {
		const { scene, screen } = row(2);
		// Person 1 sits just right of person 0, so its label cannot go right of person 0's.
		screen.set([300, 100, 330, 100]);
		const labels = chooseLabels(request({ scene, screen, measure: () => 40 }));
		const left = labels.find((l) => l.person === 0);
		expect(left?.x).toBeLessThan(300);
	});
});
