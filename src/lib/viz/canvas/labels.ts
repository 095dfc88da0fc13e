// Which people get a label in a still frame, and where: the focus, the selection and search matches first, then the
// most central people in view, each to the right of its person or else to the left, never over another label.
import { circleInView, type LabelGrid } from '../canvasGeometry';
import { labelLimit, screenRadius } from './levelOfDetail';
import { SHOWN, type Scene } from './scene';

export interface PlacedLabel {
	person: number;
	/** Left edge and vertical middle, in screen pixels. */
	x: number;
	y: number;
}

export interface LabelRequest {
	scene: Scene;
	/** Screen positions, [x0, y0, x1, y1, ...]. */
	screen: Float32Array;
	k: number;
	fitK: number;
	/** Screen pixels per unit of radius. */
	radiusScale: number;
	width: number;
	height: number;
	/** -1 when nobody is hovered or selected. */
	focus: number;
	/** The focus's neighbours, largest first. */
	neighbours: readonly number[];
	selected: number;
	highlighted: ArrayLike<number>;
	/** Width in pixels of person i's label. */
	measure: (person: number) => number;
	grid: LabelGrid;
	/** Boxes of the view that labels keep clear of, such as a toolbar over the canvas. */
	reserved?: readonly { x: number; y: number; width: number; height: number }[];
}

/** Search matches labelled at most; more than this are left to their rings. */
const MAX_HIGHLIGHT_LABELS = 50;
const MAX_NEIGHBOUR_LABELS = 40;
const OFFSET = 3;

export function chooseLabels(request: LabelRequest): PlacedLabel[] {
	const { scene, screen, k, width, height, grid } = request;
	grid.reset(width, height);
	for (const box of request.reserved ?? []) grid.reserve(box.x, box.y, box.width, box.height);
	const placed: PlacedLabel[] = [];
	const tried = new Set<number>();

	const tryPerson = (i: number): boolean => {
		if (i < 0 || tried.has(i)) return false;
		tried.add(i);
		if (scene.state[i] !== SHOWN) return false;
		const x = screen[2 * i];
		const y = screen[2 * i + 1];
		const r = screenRadius(scene.radius[i], request.radiusScale);
		if (!circleInView(x, y, r, width, height)) return false;
		const w = request.measure(i);
		if (grid.tryPlace(x + r + OFFSET, y, w)) {
			placed.push({ person: i, x: x + r + OFFSET, y });
			return true;
		}
		if (grid.tryPlace(x - r - OFFSET - w, y, w)) {
			placed.push({ person: i, x: x - r - OFFSET - w, y });
			return true;
		}
		return false;
	};

	tryPerson(request.focus);
	tryPerson(request.selected);
	const matches = Math.min(request.highlighted.length, MAX_HIGHLIGHT_LABELS);
	for (let h = 0; h < matches; h++) tryPerson(request.highlighted[h]);

	if (request.focus >= 0) {
		let shown = 0;
		for (const i of request.neighbours) {
			if (shown >= MAX_NEIGHBOUR_LABELS) break;
			if (tryPerson(i)) shown++;
		}
		return placed;
	}
	const limit = labelLimit(k, request.fitK, width, height, scene.labelOrder.length);
	let shown = 0;
	for (let o = 0; o < scene.labelOrder.length && shown < limit; o++)
		if (tryPerson(scene.labelOrder[o])) shown++;
	return placed;
}
