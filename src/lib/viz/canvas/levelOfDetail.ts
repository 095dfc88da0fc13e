// Level of detail: which ties, people and labels a frame draws, so that moving stays fluid and a still view shows all.

/**
 * How much tie a frame draws while the view moves, in device pixels of length (a tie costs its length plus
 * TIE_OVERHEAD_PX), strongest ties first. Headless Chromium's software canvas was measured stroking about 100,000
 * pixels of hairline per millisecond on a 2-core machine, so this keeps a moving frame's ties near 3 ms at any zoom.
 */
export const MOVING_INK_BUDGET = 300_000;
/** What starting a tie costs, in pixels of length. */
export const TIE_OVERHEAD_PX = 12;

/** The ink of a tie from (ax, ay) to (bx, by) in device pixels: its length in pixels stepped, plus the overhead. */
export function tieInk(ax: number, ay: number, bx: number, by: number): number {
	const dx = ax > bx ? ax - bx : bx - ax;
	const dy = ay > by ? ay - by : by - ay;
	return (dx > dy ? dx : dy) + TIE_OVERHEAD_PX;
}

/** Weak, medium and strong ties; faded ties (to a faded person) have class FADED_CLASS. */
export const TIE_CLASSES = 3;
export const FADED_CLASS = -1;

/** Per class (faded, weak, medium, strong): opacity of a batch of ties and its width in device pixels. A batch is
 * composited once, so overlapping ties do not darken each other; widths stay at or under one device pixel because
 * software canvas strokes wider batched paths tens of times slower. */
export const TIE_STYLE = {
	alpha: { faded: 0.08, byClass: [0.2, 0.34, 0.55] },
	deviceWidth: { faded: 0.6, byClass: [0.6, 0.8, 1] }
} as const;

/** Opacity of people who are filtered to faded, and of everything but the focus and its neighbours. */
export const FADED_ALPHA = 0.16;
export const DIM_ALPHA = 0.22;

/** Boundaries between weak, medium and strong: the median and the 85th percentile of the weights. */
export function weightClassBounds(weights: ArrayLike<number>): [number, number] {
	if (weights.length === 0) return [0, 0];
	const sorted = Float64Array.from(weights).sort();
	const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))];
	return [at(0.5), at(0.85)];
}

/** 0 weak, 1 medium, 2 strong. When every tie weighs the same (bounds and weight equal), all are medium. */
export function weightClass(weight: number, [median, high]: readonly [number, number]): number {
	if (weight > high) return 2;
	if (weight > median) return 1;
	return median === high && weight === high ? 1 : 0;
}

/**
 * Shares a budget between batches of ties: the strongest class first, and within a class in proportion to what each
 * batch has in view. `out[b]` is how much of batch b's ink (strongest ties first) the frame draws.
 */
export function allocateTieBudget(
	inView: ArrayLike<number>,
	batchClass: ArrayLike<number>,
	budget: number,
	out: { [batch: number]: number }
): void {
	let left = budget;
	for (let b = 0; b < inView.length; b++) out[b] = 0;
	for (let tieClass = TIE_CLASSES - 1; tieClass >= FADED_CLASS; tieClass--) {
		let total = 0;
		for (let b = 0; b < inView.length; b++) if (batchClass[b] === tieClass) total += inView[b];
		if (total === 0) continue;
		if (total <= left) {
			for (let b = 0; b < inView.length; b++) if (batchClass[b] === tieClass) out[b] = inView[b];
			left -= total;
			continue;
		}
		const share = left / total;
		for (let b = 0; b < inView.length; b++)
			if (batchClass[b] === tieClass) out[b] = Math.floor(inView[b] * share);
		return;
	}
}

/** From this spacing between people on screen (the view's area shared out), every label that fits is shown. */
export const ALL_LABELS_SPACING_PX = 80;

/**
 * How many labels a still frame shows besides the focus, the selection and search matches: a number that suits the
 * view's area when the whole network is in view, growing with the zoom, and every label that fits once
 * people are far enough apart on screen.
 */
export function labelLimit(
	k: number,
	fitK: number,
	width: number,
	height: number,
	people: number
): number {
	const base = Math.min(30, Math.max(8, Math.round((width * height) / 30_000)));
	const zoomedIn = fitK > 0 ? k / fitK : 1;
	const spacing = Math.sqrt((width * height) / Math.max(1, people)) * zoomedIn;
	if (spacing >= ALL_LABELS_SPACING_PX) return Infinity;
	return Math.round(base * Math.max(1, zoomedIn));
}

/** People get a thin outline (to tell overlapping ones apart) once a typical person is this large on screen. */
export const OUTLINE_FROM_RADIUS_PX = 2.5;

/** At the fitted zoom, people together cover at most this share of the network's area on screen. */
export const FITTED_COVERAGE = 0.16;

/**
 * Screen pixels per unit of radius at the fitted zoom: the square root of the zoom, as for any zoom, unless people
 * would then cover more than FITTED_COVERAGE of the network's area (fittedArea, in screen pixels), as thousands do.
 */
export function radiusScaleAtFit(
	radii: ArrayLike<number>,
	fitK: number,
	fittedArea: number
): number {
	let sum = 0;
	for (let i = 0; i < radii.length; i++) sum += radii[i] * radii[i];
	const natural = Math.sqrt(fitK);
	if (sum === 0 || fittedArea <= 0) return natural;
	return Math.min(natural, Math.sqrt((FITTED_COVERAGE * fittedArea) / (Math.PI * sum)));
}

/** Screen pixels per unit of radius at zoom k: from the fitted scale, growing with the square root of the zoom, so
 * people stay apart when zoomed in. */
export function radiusScale(atFit: number, k: number, fitK: number): number {
	return atFit * Math.sqrt(k / fitK);
}

/** A person's radius on screen, never under a pixel. */
export function screenRadius(radius: number, scale: number): number {
	return Math.max(1, radius * scale);
}

/** Ties drawn fainter when those in view would cover more than this share of it (ink per pixel). */
export const TIE_DENSITY_REFERENCE = 0.5;
export const MIN_TIE_DENSITY_ALPHA = 0.2;

/** How much fainter ties are drawn in a view crowded with them: 1 when sparse, down to MIN_TIE_DENSITY_ALPHA. */
export function tieDensityAlpha(inkInView: number, viewPixels: number): number {
	if (viewPixels <= 0) return 1;
	const density = inkInView / viewPixels;
	if (density <= TIE_DENSITY_REFERENCE) return 1;
	return Math.max(MIN_TIE_DENSITY_ALPHA, Math.sqrt(TIE_DENSITY_REFERENCE / density));
}
