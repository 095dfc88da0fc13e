// Pure geometry for the network canvas: fitting the layout to the view, culling what is off-screen and placing labels
// that never overlap.

export interface Fit {
	x: number;
	y: number;
	k: number;
	/** The layout's extent, in layout units. */
	spanX: number;
	spanY: number;
}

/** The zoom transform that shows every position inside a width x height view with `padding` pixels around. */
export function fitTransform(
	positions: Float32Array,
	width: number,
	height: number,
	padding: number
): Fit {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (let i = 0; i + 1 < positions.length; i += 2) {
		const x = positions[i];
		const y = positions[i + 1];
		if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
		if (x < minX) minX = x;
		if (x > maxX) maxX = x;
		if (y < minY) minY = y;
		if (y > maxY) maxY = y;
	}
	if (!Number.isFinite(minX)) return { x: width / 2, y: height / 2, k: 1, spanX: 0, spanY: 0 };
	const spanX = Math.max(maxX - minX, 1);
	const spanY = Math.max(maxY - minY, 1);
	const k = Math.max(
		1e-3,
		Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY, 4)
	);
	return {
		x: width / 2 - (k * (minX + maxX)) / 2,
		y: height / 2 - (k * (minY + maxY)) / 2,
		k,
		spanX,
		spanY
	};
}

/** Screen coordinates of the first `count` positions under the zoom transform (x, y, k), written into `out`. */
export function projectPositions(
	positions: Float32Array,
	count: number,
	x: number,
	y: number,
	k: number,
	out: Float32Array
): void {
	for (let i = 0; i < 2 * count; i += 2) {
		out[i] = positions[i] * k + x;
		out[i + 1] = positions[i + 1] * k + y;
	}
}

/**
 * Whether a segment may cross the width x height view: false only when both ends lie beyond the same edge. Cheap and
 * conservative: a diagonal passing just outside a corner is kept.
 */
export function segmentInView(
	ax: number,
	ay: number,
	bx: number,
	by: number,
	width: number,
	height: number
): boolean {
	return !(
		(ax < 0 && bx < 0) ||
		(ax > width && bx > width) ||
		(ay < 0 && by < 0) ||
		(ay > height && by > height)
	);
}

/** Whether a circle touches the width x height view. */
export function circleInView(x: number, y: number, r: number, width: number, height: number) {
	return x + r >= 0 && x - r <= width && y + r >= 0 && y - r <= height;
}

export interface LabelCandidate {
	text: string;
	/** Left edge and vertical middle, in screen pixels. */
	x: number;
	y: number;
	width: number;
}

export const LABEL_HEIGHT = 14;
/** Horizontal room kept free between two labels on the same line. */
export const LABEL_GAP = 4;
const CELL = 64;

/**
 * The labels placed so far in a frame, bucketed in a grid of cells so that each test looks only at labels nearby:
 * a frame can try thousands of candidates when zoomed in.
 */
export class LabelGrid {
	#width = 0;
	#height = 0;
	#columns = 0;
	#rows = 0;
	#cells: number[][] = [];
	/** Kept boxes as x0, y0, x1, y1. */
	#boxes: number[] = [];

	get count(): number {
		return this.#boxes.length / 4;
	}

	reset(width: number, height: number): void {
		this.#width = width;
		this.#height = height;
		this.#columns = Math.max(1, Math.ceil(width / CELL));
		this.#rows = Math.max(1, Math.ceil(height / CELL));
		const cells = this.#columns * this.#rows;
		for (let c = 0; c < Math.min(cells, this.#cells.length); c++) this.#cells[c].length = 0;
		for (let c = this.#cells.length; c < cells; c++) this.#cells.push([]);
		this.#boxes.length = 0;
	}

	/** Keeps a box free of labels (something drawn over the view, such as a toolbar). */
	reserve(x: number, y: number, width: number, height: number): void {
		this.#keep(x, y, x + width, y + height);
	}

	/** Keeps a label at (x, middle y) of this width when it lies inside the view and overlaps no kept label. */
	tryPlace(x: number, y: number, width: number): boolean {
		const x0 = x;
		const x1 = x + width;
		const y0 = y - LABEL_HEIGHT / 2;
		const y1 = y + LABEL_HEIGHT / 2;
		if (x0 < 0 || y0 < 0 || x1 > this.#width || y1 > this.#height) return false;
		const c0 = Math.max(0, Math.floor((x0 - LABEL_GAP) / CELL));
		const c1 = Math.min(this.#columns - 1, Math.floor((x1 + LABEL_GAP) / CELL));
		const r0 = Math.max(0, Math.floor(y0 / CELL));
		const r1 = Math.min(this.#rows - 1, Math.floor(y1 / CELL));
		const boxes = this.#boxes;
		for (let r = r0; r <= r1; r++)
			for (let c = c0; c <= c1; c++)
				for (const b of this.#cells[r * this.#columns + c]) {
					if (
						x0 < boxes[b + 2] + LABEL_GAP &&
						boxes[b] < x1 + LABEL_GAP &&
						y0 < boxes[b + 3] &&
						boxes[b + 1] < y1
					)
						return false;
				}
		this.#keep(x0, y0, x1, y1);
		return true;
	}

	#keep(x0: number, y0: number, x1: number, y1: number): void {
		const c0 = Math.max(0, Math.floor((x0 - LABEL_GAP) / CELL));
		const c1 = Math.min(this.#columns - 1, Math.floor((x1 + LABEL_GAP) / CELL));
		const r0 = Math.max(0, Math.floor(y0 / CELL));
		const r1 = Math.min(this.#rows - 1, Math.floor(y1 / CELL));
		const b = this.#boxes.length;
		this.#boxes.push(x0, y0, x1, y1);
		for (let r = r0; r <= r1; r++)
			for (let c = c0; c <= c1; c++) this.#cells[r * this.#columns + c].push(b);
	}
}

/** Greedily keeps candidates in the order given, skipping any that would overlap a kept one or leave the view. */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	limit: number,
	viewWidth: number,
	viewHeight: number
): LabelCandidate[] {
	const grid = new LabelGrid();
	grid.reset(viewWidth, viewHeight);
	const placed: LabelCandidate[] = [];
	for (const label of candidates) {
		if (placed.length >= limit) break;
		if (grid.tryPlace(label.x, label.y, label.width)) placed.push(label);
	}
	return placed;
}
