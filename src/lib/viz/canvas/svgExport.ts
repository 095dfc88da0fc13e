// The current view of the network as a standalone SVG: the same ties, people, rings and labels as the canvas, every
// tie drawn (no level of detail), one <circle> per person in view.
import { circleInView, segmentInView } from '../canvasGeometry';
import type { PlacedLabel } from './labels';
import {
	DIM_ALPHA,
	FADED_ALPHA,
	FADED_CLASS,
	OUTLINE_FROM_RADIUS_PX,
	screenRadius,
	tieDensityAlpha,
	tieInk,
	TIE_STYLE
} from './levelOfDetail';
import { labelFont, pinMark, type ViewTransform } from './painter';
import { HIDDEN, SHOWN, type Scene } from './scene';
import type { CanvasTheme } from './theme';

export interface SvgOptions {
	theme: CanvasTheme;
	/** Screen positions as the canvas last drew them. */
	screen: Float32Array;
	focus: number;
	selected: number;
	highlighted: ArrayLike<number>;
	pinned: ArrayLike<number>;
	labels: readonly PlacedLabel[];
}

const number = (value: number) => (Math.round(value * 10) / 10).toString();

function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string
	);
}

export function networkSvg(scene: Scene, view: ViewTransform, options: SvgOptions): string {
	const { theme, screen } = options;
	const { width, height } = view;
	const dim = options.focus >= 0 ? DIM_ALPHA : 1;
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${number(width)}" height="${number(height)}" viewBox="0 0 ${number(width)} ${number(height)}">`,
		`<rect width="100%" height="100%" fill="${escapeXml(theme.background)}"/>`,
		'<g fill="none" stroke-linecap="butt">'
	];
	const inView = (t: number) => {
		const a = 2 * scene.tieSource[t];
		const b = 2 * scene.tieTarget[t];
		return segmentInView(screen[a], screen[a + 1], screen[b], screen[b + 1], width, height);
	};
	const segment = (t: number) => {
		const a = 2 * scene.tieSource[t];
		const b = 2 * scene.tieTarget[t];
		return `M${number(screen[a])} ${number(screen[a + 1])}L${number(screen[b])} ${number(screen[b + 1])}`;
	};
	let inkInView = 0;
	for (let t = 0; t < scene.tieCount; t++)
		if (inView(t)) {
			const a = 2 * scene.tieSource[t];
			const b = 2 * scene.tieTarget[t];
			inkInView += tieInk(screen[a], screen[a + 1], screen[b], screen[b + 1]);
		}
	const crowding = tieDensityAlpha(inkInView, width * height);
	for (const batch of scene.tieBatches) {
		const parts: string[] = [];
		for (const t of batch.ties) if (inView(t)) parts.push(segment(t));
		if (parts.length === 0) continue;
		const faded = batch.weightClass === FADED_CLASS;
		const alpha =
			(faded ? TIE_STYLE.alpha.faded : TIE_STYLE.alpha.byClass[batch.weightClass]) * dim * crowding;
		const strokeWidth = faded
			? TIE_STYLE.deviceWidth.faded
			: TIE_STYLE.deviceWidth.byClass[batch.weightClass];
		out.push(
			`<path stroke="${escapeXml(batch.colour ?? theme.tie)}" stroke-opacity="${alpha.toFixed(3)}" stroke-width="${strokeWidth}" d="${parts.join('')}"/>`
		);
	}
	out.push('</g>');

	const focus = options.focus;
	const isNeighbour = new Set<number>();
	if (focus >= 0) {
		out.push(
			`<g stroke="${escapeXml(theme.focusTie)}" stroke-opacity="0.8" stroke-linecap="round">`
		);
		for (let e = scene.neighbourStart[focus]; e < scene.neighbourStart[focus + 1]; e++) {
			const t = scene.neighbourTies[e];
			isNeighbour.add(scene.tieSource[t] === focus ? scene.tieTarget[t] : scene.tieSource[t]);
			if (!inView(t)) continue;
			const width = scene.tieClass[t] === FADED_CLASS ? 0.8 : [1.2, 1.8, 2.6][scene.tieClass[t]];
			out.push(`<path stroke-width="${width}" d="${segment(t)}"/>`);
		}
		out.push('</g>');
	}

	const ringOf = new Map<number, { gap: number; width: number; colour: string }>();
	for (let h = 0; h < options.highlighted.length; h++)
		ringOf.set(options.highlighted[h], { gap: 4, width: 2.5, colour: theme.highlightRing });
	if (options.selected >= 0)
		ringOf.set(options.selected, { gap: 2.5, width: 2, colour: theme.selectedRing });
	const outline = scene.typicalRadius * view.radiusScale >= OUTLINE_FROM_RADIUS_PX;
	out.push(
		outline
			? `<g stroke="${escapeXml(theme.nodeOutline)}" stroke-width="0.75">`
			: '<g stroke="none">'
	);
	const order = [
		...scene.fadedPeople.flatMap((batch) => [...batch.people]),
		...scene.shownPeople.flatMap((batch) => [...batch.people])
	];
	const lifted = focus >= 0 ? [...isNeighbour, focus] : [];
	const liftedSet = new Set(lifted);
	for (const i of [...order.filter((i) => !liftedSet.has(i)), ...lifted]) {
		if (scene.state[i] === HIDDEN) continue;
		const x = screen[2 * i];
		const y = screen[2 * i + 1];
		const r = screenRadius(scene.radius[i], view.radiusScale);
		if (!circleInView(x, y, r, width, height)) continue;
		const base = scene.state[i] === SHOWN ? 1 : FADED_ALPHA;
		const opacity = liftedSet.has(i) ? base : base * dim;
		out.push(
			`<circle cx="${number(x)}" cy="${number(y)}" r="${number(r)}" fill="${escapeXml(scene.colours[i])}"${opacity < 1 ? ` opacity="${opacity.toFixed(3)}"` : ''}/>`
		);
	}
	out.push('</g><g fill="none">');
	for (const [i, ring] of ringOf) {
		if (i < 0 || scene.state[i] === HIDDEN) continue;
		const x = screen[2 * i];
		const y = screen[2 * i + 1];
		const r = screenRadius(scene.radius[i], view.radiusScale) + ring.gap;
		if (!circleInView(x, y, r, width, height)) continue;
		// Rings are paths, so that the SVG holds exactly one circle per person.
		const d = `M${number(x - r)} ${number(y)}a${number(r)} ${number(r)} 0 1 0 ${number(2 * r)} 0a${number(r)} ${number(r)} 0 1 0 ${number(-2 * r)} 0`;
		out.push(
			`<path d="${d}" stroke="${escapeXml(theme.background)}" stroke-width="${ring.width + 2.5}"/>`,
			`<path d="${d}" stroke="${escapeXml(ring.colour)}" stroke-width="${ring.width}"/>`
		);
	}
	for (let p = 0; p < options.pinned.length; p++) {
		const i = options.pinned[p];
		if (i < 0 || i >= scene.count || scene.state[i] === HIDDEN) continue;
		const {
			foot,
			head,
			headRadius: h
		} = pinMark(screen[2 * i], screen[2 * i + 1], screenRadius(scene.radius[i], view.radiusScale));
		if (!circleInView(head.x, head.y, 4, width, height)) continue;
		const needle = `M${number(foot.x)} ${number(foot.y)}L${number(head.x)} ${number(head.y)}`;
		out.push(
			`<g class="pin" stroke-linecap="round"><path d="${needle}" stroke="${escapeXml(theme.background)}" stroke-width="3.2"/><path d="${needle}" stroke="${escapeXml(theme.pin)}" stroke-width="1.4"/><path d="M${number(head.x - h)} ${number(head.y)}a${h} ${h} 0 1 0 ${2 * h} 0a${h} ${h} 0 1 0 ${-2 * h} 0" fill="${escapeXml(theme.pin)}" stroke="${escapeXml(theme.background)}"/></g>`
		);
	}
	out.push('</g>');
	if (options.labels.length > 0) {
		const [weight, size] = labelFont(theme).split(' ');
		out.push(
			`<g font-family="${escapeXml(theme.font)}" font-weight="${weight}" font-size="${size}" dominant-baseline="middle" fill="${escapeXml(theme.label)}" stroke="${escapeXml(theme.labelHalo)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`
		);
		for (const label of options.labels)
			out.push(
				`<text x="${number(label.x)}" y="${number(label.y)}">${escapeXml(scene.names[label.person])}</text>`
			);
		out.push('</g>');
	}
	out.push('</svg>');
	return out.join('\n');
}
