// Paints a scene on a 2D canvas: ties in batches by colour and weight, people written as antialiased pixels, what is
// off-screen culled. While the view moves, a frame draws the strongest ties up to an ink budget and no outlines; the
// full picture of a still view is built in an offscreen layer over as many animation frames as it takes (a slice of
// ties each), so the page answers clicks meanwhile, then kept: hovering someone only dims that layer and draws their
// ties over it.
import { color } from 'd3';
import { circleInView, LabelGrid, projectPositions, segmentInView } from '../canvasGeometry';
import { DiscRaster, packColour } from './discRaster';
import { chooseLabels, type PlacedLabel } from './labels';
import {
	allocateTieBudget,
	DIM_ALPHA,
	FADED_ALPHA,
	FADED_CLASS,
	OUTLINE_FROM_RADIUS_PX,
	screenRadius,
	tieDensityAlpha,
	tieInk,
	TIE_STYLE
} from './levelOfDetail';
import { HIDDEN, otherEnd, SHOWN, type PeopleBatch, type Scene } from './scene';
import type { CanvasTheme } from './theme';

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface ViewTransform {
	x: number;
	y: number;
	k: number;
	/** CSS pixels. */
	width: number;
	height: number;
	/** Screen pixels per unit of a person's radius (see levelOfDetail's radiusScale). */
	radiusScale: number;
}

export interface PaintOptions {
	/** Device pixels per CSS pixel. */
	ratio: number;
	theme: CanvasTheme;
	/** The zoom that fits the whole network, against which label density is judged. */
	fitK: number;
	/** The full picture: every tie, people outlined. Otherwise a moving frame's. */
	still: boolean;
	/** Moving frames: most tie length drawn, in device pixels, strongest ties first. */
	inkBudget: number;
	/** The full picture on screen: tie length drawn per call while it is built; Infinity paints it at once (exports). */
	sliceInk: number;
	labels: boolean;
	/** Boxes of the view that labels keep clear of (a toolbar over the canvas). */
	reserved: readonly { x: number; y: number; width: number; height: number }[];
	/** Hovered or selected person whose ties are drawn over the dimmed rest; -1 for none. */
	focus: number;
	selected: number;
	highlighted: ArrayLike<number>;
	pinned: ArrayLike<number>;
	/** Bumped whenever positions change in place, so the full picture is built again. */
	positionsVersion: number;
}

export interface PaintResult {
	/** Whether the target was painted; false while the full picture is still being built behind the last frame. */
	presented: boolean;
	/** Whether the frame asked for is all there; if not, paint again at the next animation frame. */
	complete: boolean;
	ties: number;
	people: number;
	labels: number;
}

const TAU = 2 * Math.PI;
/** Subpaths per stroke call. */
const TIES_PER_STROKE = 8192;
const FOCUS_TIE_WIDTH = [1.2, 1.8, 2.6];
/** Ties picked out in a colour of their own (gained, lost) stand out from the faint rest. */
const EMPHASISED_TIE_ALPHA = 0.85;
const LABEL_SIZE = 11;
/** Outline width in CSS pixels. */
const OUTLINE_PX = 0.75;

const PIN_HEAD = 2.8;

/** Where a pinned person's pin mark goes: its needle from the rim, up and right, to its head. */
export function pinMark(x: number, y: number, r: number) {
	const rim = r * Math.SQRT1_2;
	return {
		foot: { x: x + rim, y: y - rim },
		head: { x: x + rim + 4.5, y: y - rim - 4.5 },
		headRadius: PIN_HEAD
	};
}

export function labelFont(theme: CanvasTheme): string {
	return `600 ${LABEL_SIZE}px ${theme.font}`;
}

function pixelOf(css: string): number {
	const rgb = color(css)?.rgb();
	if (!rgb) return packColour(255, 255, 255);
	const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
	return packColour(byte(rgb.r), byte(rgb.g), byte(rgb.b));
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
	return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/** The full picture being built in the offscreen layer. */
interface Build {
	key: unknown[];
	/** Where the ties have got to. */
	batch: number;
	index: number;
	crowding: number;
	ties: number;
	people: number;
	done: boolean;
}

export class NetworkPainter {
	readonly scene: Scene;
	#screen: Float32Array;
	#inView: Float64Array;
	#allot: Float64Array;
	#batchClass: Int8Array;
	#labelWidths: Float32Array;
	#labelFont = '';
	#grid = new LabelGrid();
	#isNeighbour: Uint8Array;
	#neighbourFocus = -1;
	#neighbours: number[] = [];
	#layer: OffscreenCanvas | null = null;
	#layerContext: OffscreenCanvasRenderingContext2D | null = null;
	#build: Build | null = null;
	/** What the last frame painted while the full picture was being built showed. */
	#interimKey: unknown[] = [];
	#raster = new DiscRaster();
	#rasterCanvas: OffscreenCanvas | null = null;
	#outlinePixel = { theme: null as CanvasTheme | null, pixel: 0 };

	constructor(scene: Scene) {
		this.scene = scene;
		this.#screen = new Float32Array(2 * scene.count);
		this.#inView = new Float64Array(scene.tieBatches.length);
		this.#allot = new Float64Array(scene.tieBatches.length);
		this.#batchClass = Int8Array.from(scene.tieBatches.map((batch) => batch.weightClass));
		this.#labelWidths = new Float32Array(scene.count).fill(NaN);
		this.#isNeighbour = new Uint8Array(scene.count);
	}

	paint(
		context: Context2D,
		positions: Float32Array,
		view: ViewTransform,
		options: PaintOptions
	): PaintResult {
		const result: PaintResult = { presented: true, complete: true, ties: 0, people: 0, labels: 0 };
		const { ratio } = options;
		const deviceWidth = Math.max(1, Math.round(view.width * ratio));
		const deviceHeight = Math.max(1, Math.round(view.height * ratio));
		if (positions.length < 2 * this.scene.count) {
			this.#background(context, options.theme, deviceWidth, deviceHeight);
			return result;
		}
		projectPositions(positions, this.scene.count, view.x, view.y, view.k, this.#screen);
		const focus =
			options.focus >= 0 && this.scene.state[options.focus] === SHOWN ? options.focus : -1;
		this.#setFocus(focus);

		if (!options.still || !Number.isFinite(options.sliceInk)) {
			this.#paintDirect(context, view, options, focus, result);
			return result;
		}
		const key = [
			positions,
			options.positionsVersion,
			view.x,
			view.y,
			view.k,
			view.radiusScale,
			deviceWidth,
			deviceHeight,
			options.theme
		];
		if (!this.#build || !sameKey(this.#build.key, key))
			this.#startBuild(key, view, options, deviceWidth, deviceHeight);
		const build = this.#build as Build;
		if (!build.done) this.#continueBuild(build, view, options);
		if (!build.done) {
			result.complete = false;
			// Meanwhile the screen shows a moving frame of this view, painted once.
			const shown = [...key, focus, options.selected, options.highlighted, options.pinned];
			if (sameKey(shown, this.#interimKey)) {
				result.presented = false;
				return result;
			}
			this.#interimKey = shown;
			this.#paintDirect(context, view, { ...options, still: false }, focus, result);
			return result;
		}
		this.#interimKey = [];
		context.setTransform(1, 0, 0, 1, 0, 0);
		this.#background(context, options.theme, deviceWidth, deviceHeight);
		context.globalAlpha = focus >= 0 ? DIM_ALPHA : 1;
		context.drawImage(this.#layer as OffscreenCanvas, 0, 0);
		context.globalAlpha = 1;
		context.setTransform(ratio, 0, 0, ratio, 0, 0);
		result.ties = build.ties;
		result.people = build.people;
		this.#paintOverlays(context, view, options, focus, result);
		return result;
	}

	/**
	 * What a still frame of this view shows, without painting: screen positions (valid until the next paint) and
	 * labels, measured with `context`. For the SVG export.
	 */
	still(
		context: Context2D,
		positions: Float32Array,
		view: ViewTransform,
		options: PaintOptions
	): { screen: Float32Array; labels: PlacedLabel[]; focus: number } {
		if (positions.length < 2 * this.scene.count)
			return { screen: this.#screen, labels: [], focus: -1 };
		projectPositions(positions, this.scene.count, view.x, view.y, view.k, this.#screen);
		const focus =
			options.focus >= 0 && this.scene.state[options.focus] === SHOWN ? options.focus : -1;
		this.#setFocus(focus);
		return {
			screen: this.#screen,
			labels: this.#chooseLabels(context, view, options, focus),
			focus
		};
	}

	#background(context: Context2D, theme: CanvasTheme, deviceWidth: number, deviceHeight: number) {
		context.setTransform(1, 0, 0, 1, 0, 0);
		context.globalAlpha = 1;
		context.fillStyle = theme.background;
		context.fillRect(0, 0, deviceWidth, deviceHeight);
	}

	/** A whole frame in one go: a moving frame, or the full picture for an export. */
	#paintDirect(
		context: Context2D,
		view: ViewTransform,
		options: PaintOptions,
		focus: number,
		result: PaintResult
	): void {
		const { ratio } = options;
		this.#background(
			context,
			options.theme,
			Math.max(1, Math.round(view.width * ratio)),
			Math.max(1, Math.round(view.height * ratio))
		);
		context.setTransform(ratio, 0, 0, ratio, 0, 0);
		const dim = focus >= 0 ? DIM_ALPHA : 1;
		const budgeted = !options.still && Number.isFinite(options.inkBudget);
		const crowding = this.#measureInk(view, ratio, budgeted ? options.inkBudget : Infinity);
		result.ties = this.#strokeTies(
			context,
			view,
			options,
			dim * crowding,
			budgeted,
			0,
			0,
			Infinity
		).ties;
		result.people = this.#rasterPeople(context, view, options, dim, options.still);
		this.#paintOverlays(context, view, options, focus, result);
	}

	/** The focus and its ties, rings, pins and labels, over the ties and people. */
	#paintOverlays(
		context: Context2D,
		view: ViewTransform,
		options: PaintOptions,
		focus: number,
		result: PaintResult
	): void {
		if (focus >= 0) this.#paintFocus(context, focus, view, options);
		this.#paintMarks(context, view, options);
		if (options.labels) {
			const labels = this.#chooseLabels(context, view, options, focus);
			this.#paintLabels(context, labels, options.theme);
			result.labels = labels.length;
		}
	}

	#startBuild(
		key: unknown[],
		view: ViewTransform,
		options: PaintOptions,
		deviceWidth: number,
		deviceHeight: number
	): void {
		if (!this.#layer || this.#layer.width !== deviceWidth || this.#layer.height !== deviceHeight) {
			this.#layer = new OffscreenCanvas(deviceWidth, deviceHeight);
			this.#layerContext = this.#layer.getContext('2d', { alpha: false });
		}
		const layer = this.#layerContext as OffscreenCanvasRenderingContext2D;
		this.#background(layer, options.theme, deviceWidth, deviceHeight);
		layer.setTransform(options.ratio, 0, 0, options.ratio, 0, 0);
		this.#build = {
			key,
			batch: 0,
			index: 0,
			crowding: this.#measureInk(view, options.ratio, Infinity),
			ties: 0,
			people: 0,
			done: false
		};
	}

	/** Draws the next slice of ties into the layer, and the people once the ties are all there. */
	#continueBuild(build: Build, view: ViewTransform, options: PaintOptions): void {
		const layer = this.#layerContext as OffscreenCanvasRenderingContext2D;
		let ink = 0;
		if (build.batch < this.scene.tieBatches.length) {
			const reached = this.#strokeTies(
				layer,
				view,
				options,
				build.crowding,
				false,
				build.batch,
				build.index,
				options.sliceInk
			);
			build.batch = reached.batch;
			build.index = reached.index;
			build.ties += reached.ties;
			ink = reached.ink;
			// Rasterise now, within this slice, rather than all at once when the layer is first shown.
			layer.getImageData(0, 0, 1, 1);
		}
		// People take about as long as a slice of ties: they go with the last slice when it was a short one.
		if (build.batch >= this.scene.tieBatches.length && ink < options.sliceInk / 2) {
			build.people = this.#rasterPeople(layer, view, options, 1, true);
			build.done = true;
		}
	}

	/**
	 * Ink of the ties in view per batch (device pixels), shared by `budget` over the batches strongest first; returns
	 * how much fainter ties are drawn for how crowded the view is.
	 */
	#measureInk(view: ViewTransform, ratio: number, budget: number): number {
		const { scene } = this;
		const screen = this.#screen;
		const batches = scene.tieBatches;
		let total = 0;
		for (let b = 0; b < batches.length; b++) {
			const ties = batches[b].ties;
			let ink = 0;
			for (let j = 0; j < ties.length; j++) {
				const t = ties[j];
				const a = 2 * scene.tieSource[t];
				const c = 2 * scene.tieTarget[t];
				const ax = screen[a];
				const ay = screen[a + 1];
				const cx = screen[c];
				const cy = screen[c + 1];
				if (segmentInView(ax, ay, cx, cy, view.width, view.height))
					ink += tieInk(ax * ratio, ay * ratio, cx * ratio, cy * ratio);
			}
			this.#inView[b] = ink;
			total += ink;
		}
		if (Number.isFinite(budget))
			allocateTieBudget(this.#inView, this.#batchClass, budget, this.#allot);
		return tieDensityAlpha(total, Math.round(view.width * ratio) * Math.round(view.height * ratio));
	}

	/**
	 * Strokes ties from batch `fromBatch`, tie `fromIndex` on, one path per batch, until `inkLimit` device pixels
	 * are drawn; when `budgeted`, each batch stops at its share of the moving budget. Returns where it stopped.
	 */
	#strokeTies(
		context: Context2D,
		view: ViewTransform,
		options: PaintOptions,
		alphaScale: number,
		budgeted: boolean,
		fromBatch: number,
		fromIndex: number,
		inkLimit: number
	): { batch: number; index: number; ties: number; ink: number } {
		const { scene } = this;
		const screen = this.#screen;
		const { width, height } = view;
		const { ratio } = options;
		const batches = scene.tieBatches;
		let ink = 0;
		let drawn = 0;
		for (let b = fromBatch; b < batches.length; b++) {
			const batch = batches[b];
			const allowed = budgeted ? this.#allot[b] : Infinity;
			if (allowed <= 0) continue;
			const faded = batch.weightClass === FADED_CLASS;
			context.strokeStyle = batch.colour ?? options.theme.tie;
			context.globalAlpha =
				(faded
					? TIE_STYLE.alpha.faded
					: batch.emphasised
						? EMPHASISED_TIE_ALPHA
						: TIE_STYLE.alpha.byClass[batch.weightClass]) * alphaScale;
			context.lineWidth =
				(faded ? TIE_STYLE.deviceWidth.faded : TIE_STYLE.deviceWidth.byClass[batch.weightClass]) /
				ratio;
			const ties = batch.ties;
			let inBatch = 0;
			let pending = 0;
			context.beginPath();
			for (let j = b === fromBatch ? fromIndex : 0; j < ties.length && inBatch < allowed; j++) {
				if (ink >= inkLimit) {
					if (pending > 0) context.stroke();
					context.globalAlpha = 1;
					return { batch: b, index: j, ties: drawn, ink };
				}
				const t = ties[j];
				const a = 2 * scene.tieSource[t];
				const c = 2 * scene.tieTarget[t];
				const ax = screen[a];
				const ay = screen[a + 1];
				const cx = screen[c];
				const cy = screen[c + 1];
				if (!segmentInView(ax, ay, cx, cy, width, height)) continue;
				const tie = tieInk(ax * ratio, ay * ratio, cx * ratio, cy * ratio);
				ink += tie;
				if (budgeted) inBatch += tie;
				context.moveTo(ax, ay);
				context.lineTo(cx, cy);
				drawn++;
				if (++pending === TIES_PER_STROKE) {
					context.stroke();
					context.beginPath();
					pending = 0;
				}
			}
			if (pending > 0) context.stroke();
		}
		context.globalAlpha = 1;
		return { batch: batches.length, index: 0, ties: drawn, ink };
	}

	/** People as antialiased discs written into pixels (outlined in a still frame), laid over the ties as one image. */
	#rasterPeople(
		context: Context2D,
		view: ViewTransform,
		options: PaintOptions,
		alphaScale: number,
		still: boolean
	): number {
		const { scene } = this;
		const screen = this.#screen;
		const { ratio, theme } = options;
		const deviceWidth = Math.max(1, Math.round(view.width * ratio));
		const deviceHeight = Math.max(1, Math.round(view.height * ratio));
		const raster = this.#raster;
		raster.reset(deviceWidth, deviceHeight);
		if (this.#outlinePixel.theme !== theme)
			this.#outlinePixel = { theme, pixel: pixelOf(theme.nodeOutline) };
		const outlinePixel = this.#outlinePixel.pixel;
		const outline =
			still && scene.typicalRadius * view.radiusScale >= OUTLINE_FROM_RADIUS_PX
				? OUTLINE_PX * ratio
				: 0;
		let drawn = 0;
		const pass = (batches: readonly PeopleBatch[], alpha: number, outlined: number) => {
			for (const batch of batches) {
				const members = batch.people;
				for (let j = 0; j < members.length; j++) {
					const i = members[j];
					const x = screen[2 * i];
					const y = screen[2 * i + 1];
					const r = screenRadius(scene.radius[i], view.radiusScale);
					if (!circleInView(x, y, r, view.width, view.height)) continue;
					if (outlined > 0)
						raster.disc(x * ratio, y * ratio, r * ratio + outlined, outlinePixel, alpha);
					raster.disc(x * ratio, y * ratio, r * ratio, batch.pixel, alpha);
					drawn++;
				}
			}
		};
		pass(scene.fadedPeople, FADED_ALPHA * alphaScale, 0);
		pass(scene.shownPeople, alphaScale, outline);
		if (
			!this.#rasterCanvas ||
			this.#rasterCanvas.width !== deviceWidth ||
			this.#rasterCanvas.height !== deviceHeight
		)
			this.#rasterCanvas = new OffscreenCanvas(deviceWidth, deviceHeight);
		this.#rasterCanvas.getContext('2d')?.putImageData(raster.imageData(), 0, 0);
		context.save();
		context.setTransform(1, 0, 0, 1, 0, 0);
		context.globalAlpha = 1;
		context.drawImage(this.#rasterCanvas, 0, 0);
		context.restore();
		return drawn;
	}

	#chooseLabels(
		context: Context2D,
		view: ViewTransform,
		options: PaintOptions,
		focus: number
	): PlacedLabel[] {
		context.font = labelFont(options.theme);
		if (this.#labelFont !== context.font) {
			this.#labelFont = context.font;
			this.#labelWidths.fill(NaN);
		}
		return chooseLabels({
			scene: this.scene,
			screen: this.#screen,
			k: view.k,
			fitK: options.fitK,
			radiusScale: view.radiusScale,
			width: view.width,
			height: view.height,
			focus,
			neighbours: this.#neighbours,
			selected: options.selected,
			highlighted: options.highlighted,
			measure: (i) => this.#labelWidth(context, i),
			grid: this.#grid,
			reserved: options.reserved
		});
	}

	#labelWidth(context: Context2D, i: number): number {
		let width = this.#labelWidths[i];
		if (Number.isNaN(width)) {
			width = context.measureText(this.scene.names[i]).width;
			this.#labelWidths[i] = width;
		}
		return width;
	}

	#setFocus(focus: number): void {
		if (focus === this.#neighbourFocus) return;
		const { scene } = this;
		for (const i of this.#neighbours) this.#isNeighbour[i] = 0;
		this.#neighbours = [];
		this.#neighbourFocus = focus;
		if (focus < 0) return;
		for (let e = scene.neighbourStart[focus]; e < scene.neighbourStart[focus + 1]; e++) {
			const other = otherEnd(scene, scene.neighbourTies[e], focus);
			if (this.#isNeighbour[other]) continue;
			this.#isNeighbour[other] = 1;
			this.#neighbours.push(other);
		}
		this.#neighbours.sort((a, b) => scene.radius[b] - scene.radius[a] || a - b);
	}

	#paintFocus(context: Context2D, focus: number, view: ViewTransform, options: PaintOptions) {
		const { scene } = this;
		const screen = this.#screen;
		context.strokeStyle = options.theme.focusTie;
		context.globalAlpha = 0.8;
		context.lineCap = 'round';
		for (let e = scene.neighbourStart[focus]; e < scene.neighbourStart[focus + 1]; e++) {
			const t = scene.neighbourTies[e];
			const a = 2 * scene.tieSource[t];
			const c = 2 * scene.tieTarget[t];
			if (
				!segmentInView(screen[a], screen[a + 1], screen[c], screen[c + 1], view.width, view.height)
			)
				continue;
			const tieClass = scene.tieClass[t];
			context.lineWidth = tieClass === FADED_CLASS ? 0.8 : FOCUS_TIE_WIDTH[tieClass];
			context.beginPath();
			context.moveTo(screen[a], screen[a + 1]);
			context.lineTo(screen[c], screen[c + 1]);
			context.stroke();
		}
		context.globalAlpha = 1;
		context.lineCap = 'butt';
		context.lineWidth = 0.75;
		context.strokeStyle = options.theme.nodeOutline;
		const person = (i: number) => {
			const r = screenRadius(scene.radius[i], view.radiusScale);
			const x = screen[2 * i];
			const y = screen[2 * i + 1];
			if (!circleInView(x, y, r, view.width, view.height)) return;
			context.globalAlpha = scene.state[i] === SHOWN ? 1 : FADED_ALPHA;
			context.fillStyle = scene.colours[i];
			context.beginPath();
			context.arc(x, y, r, 0, TAU);
			context.fill();
			context.stroke();
		};
		for (const i of this.#neighbours) person(i);
		person(focus);
		context.globalAlpha = 1;
	}

	/** Rings for search matches and the selection, and the pin mark of pinned people. */
	#paintMarks(context: Context2D, view: ViewTransform, options: PaintOptions): void {
		const { scene } = this;
		const { theme } = options;
		const screen = this.#screen;
		const ring = (i: number, gap: number, width: number, colour: string) => {
			if (i < 0 || i >= scene.count || scene.state[i] === HIDDEN) return;
			const x = screen[2 * i];
			const y = screen[2 * i + 1];
			const r = screenRadius(scene.radius[i], view.radiusScale) + gap;
			if (!circleInView(x, y, r, view.width, view.height)) return;
			context.beginPath();
			context.arc(x, y, r, 0, TAU);
			context.lineWidth = width + 2.5;
			context.strokeStyle = theme.background;
			context.stroke();
			context.lineWidth = width;
			context.strokeStyle = colour;
			context.stroke();
		};
		for (let h = 0; h < options.highlighted.length; h++)
			ring(options.highlighted[h], 4, 2.5, theme.highlightRing);
		ring(options.selected, 2.5, 2, theme.selectedRing);
		context.lineWidth = 1;
		for (let p = 0; p < options.pinned.length; p++) {
			const i = options.pinned[p];
			if (i < 0 || i >= scene.count || scene.state[i] === HIDDEN) continue;
			const { foot, head } = pinMark(
				screen[2 * i],
				screen[2 * i + 1],
				screenRadius(scene.radius[i], view.radiusScale)
			);
			if (!circleInView(head.x, head.y, 4, view.width, view.height)) continue;
			// A pushpin: a short needle from the person's rim to a round head, outlined to stand out.
			context.lineCap = 'round';
			context.beginPath();
			context.moveTo(foot.x, foot.y);
			context.lineTo(head.x, head.y);
			context.strokeStyle = theme.background;
			context.lineWidth = 3.2;
			context.stroke();
			context.strokeStyle = theme.pin;
			context.lineWidth = 1.4;
			context.stroke();
			context.beginPath();
			context.arc(head.x, head.y, PIN_HEAD, 0, TAU);
			context.fillStyle = theme.pin;
			context.strokeStyle = theme.background;
			context.lineWidth = 1;
			context.fill();
			context.stroke();
			context.lineCap = 'butt';
		}
	}

	#paintLabels(context: Context2D, labels: readonly PlacedLabel[], theme: CanvasTheme): void {
		context.textBaseline = 'middle';
		context.textAlign = 'left';
		context.lineJoin = 'round';
		context.lineWidth = 3;
		context.strokeStyle = theme.labelHalo;
		for (const label of labels)
			context.strokeText(this.scene.names[label.person], label.x, label.y);
		context.fillStyle = theme.label;
		for (const label of labels) context.fillText(this.scene.names[label.person], label.x, label.y);
	}
}
