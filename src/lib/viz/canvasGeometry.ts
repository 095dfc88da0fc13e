// Pure geometry for the network canvas: fitting the layout to the view and placing labels that never overlap.

export interface Fit {
	x: number;
	y: number;
	k: number;
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
	for (let i = 0; i < positions.length; i += 2) {
		minX = Math.min(minX, positions[i]);
		maxX = Math.max(maxX, positions[i]);
		minY = Math.min(minY, positions[i + 1]);
		maxY = Math.max(maxY, positions[i + 1]);
	}
	if (!Number.isFinite(minX)) return { x: width / 2, y: height / 2, k: 1 };
	const spanX = Math.max(maxX - minX, 1);
	const spanY = Math.max(maxY - minY, 1);
	const k = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY, 4);
	return { x: width / 2 - (k * (minX + maxX)) / 2, y: height / 2 - (k * (minY + maxY)) / 2, k };
}

export interface LabelCandidate {
	text: string;
	/** Left edge and vertical middle, in screen pixels. */
	x: number;
	y: number;
	width: number;
}

const LABEL_HEIGHT = 14;

/** Greedily keeps candidates in the order given, skipping any that would overlap a kept one or leave the view. */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	limit: number,
	viewWidth: number,
	viewHeight: number
): LabelCandidate[] {
	const placed: LabelCandidate[] = [];
	for (const label of candidates) {
		if (placed.length >= limit) break;
		const top = label.y - LABEL_HEIGHT / 2;
		if (
			label.x < 0 ||
			top < 0 ||
			label.x + label.width > viewWidth ||
			top + LABEL_HEIGHT > viewHeight
		)
			continue;
		const overlaps = placed.some(
			(other) =>
				label.x < other.x + other.width + 4 &&
				other.x < label.x + label.width + 4 &&
				Math.abs(label.y - other.y) < LABEL_HEIGHT
		);
		if (!overlaps) placed.push(label);
	}
	return placed;
}
