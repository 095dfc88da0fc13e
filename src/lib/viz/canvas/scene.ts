// What the canvas draws, built once when people, ties, colours or filters change (never per frame): typed arrays of
// tie ends, ties and people batched by colour, neighbours for the hover highlight and the order labels are tried in.
import { color } from 'd3';
import { packColour } from './discRaster';
import { FADED_CLASS, weightClass, weightClassBounds } from './levelOfDetail';

/** Values of the `visibility` array: shown, faded (drawn faint, no label, not hoverable) or hidden. */
export const SHOWN = 0;
export const FADED = 1;
export const HIDDEN = 2;

/** More distinct colours than this (a measure's scale) are rounded to a coarser grid, to keep batches few. */
const MAX_EXACT_COLOURS = 64;
/** Ties inside one colour take that colour only when colours are categories (teams, communities, roles). */
const MAX_CATEGORICAL_COLOURS = 24;

export interface SceneInput<P extends { id: string; name: string }> {
	people: readonly P[];
	ties: readonly { source: string; target: string; weight: number }[];
	colorOf: (person: P) => string;
	radiusOf: (person: P) => number;
	visibility: Uint8Array | null;
	minTieWeight: number;
	/** A colour for ties to pick out (the Change view's gained and lost), drawn bolder; null for the usual colour. */
	tieColourOf?: (source: string, target: string) => string | null;
}

export interface TieBatch {
	/** null: the theme's tie colour. */
	colour: string | null;
	/** 0 weak, 1 medium, 2 strong, FADED_CLASS for ties to a faded person. */
	weightClass: number;
	/** Indexes into the scene's tie arrays, strongest first. */
	ties: Uint32Array;
	/** Picked out by `tieColourOf`: drawn over the rest, not faint. */
	emphasised?: boolean;
}

export interface PeopleBatch {
	colour: string;
	/** The colour as an opaque pixel, for frames drawn while moving. */
	pixel: number;
	/** Indexes of people, smallest first so that large people are drawn on top. */
	people: Uint32Array;
}

export interface Scene {
	count: number;
	ids: readonly string[];
	names: readonly string[];
	/** Each person's fill, as batched. */
	colours: readonly string[];
	radius: Float32Array;
	/** SHOWN, FADED or HIDDEN per person. */
	state: Uint8Array;
	/** The ties drawn: both ends known and not hidden, weight at least the minimum. */
	tieCount: number;
	tieSource: Uint32Array;
	tieTarget: Uint32Array;
	tieWeight: Float32Array;
	tieClass: Int8Array;
	/** In drawing order: faded, then weak to strong, so strong ties lie on top. */
	tieBatches: TieBatch[];
	fadedPeople: PeopleBatch[];
	shownPeople: PeopleBatch[];
	/** Ties of person i: neighbourTies[neighbourStart[i] .. neighbourStart[i + 1]). */
	neighbourStart: Uint32Array;
	neighbourTies: Uint32Array;
	/** Shown people, largest first: the order labels are tried in. */
	labelOrder: Uint32Array;
	/** The median radius of shown people. */
	typicalRadius: number;
}

/** A colour rounded to 4 bits a channel: a measure's continuous scale becomes a few dozen batches. */
function coarse(colour: string): string {
	const rgb = color(colour)?.rgb();
	if (!rgb) return colour;
	const round = (v: number) => Math.min(255, Math.round(v / 17) * 17);
	return `rgb(${round(rgb.r)},${round(rgb.g)},${round(rgb.b)})`;
}

function pixelOf(colour: string): number {
	const rgb = color(colour)?.rgb();
	if (!rgb) return packColour(136, 136, 136);
	const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
	return packColour(byte(rgb.r), byte(rgb.g), byte(rgb.b));
}

/** A fixed scramble of tie indexes, so that equal-weight ties drawn under a budget spread over the whole network. */
function scramble(i: number): number {
	let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

function group(keys: readonly string[], members: ArrayLike<number>): Map<string, number[]> {
	const groups = new Map<string, number[]>();
	for (let m = 0; m < members.length; m++) {
		const key = keys[m];
		let list = groups.get(key);
		if (!list) groups.set(key, (list = []));
		list.push(members[m]);
	}
	return groups;
}

export function buildScene<P extends { id: string; name: string }>(input: SceneInput<P>): Scene {
	const { people, ties, visibility, minTieWeight } = input;
	const count = people.length;
	const indexById = new Map<string, number>();
	people.forEach((person, i) => indexById.set(person.id, i));

	const state = new Uint8Array(count);
	if (visibility) for (let i = 0; i < count; i++) state[i] = Math.min(HIDDEN, visibility[i] ?? 0);
	const radius = new Float32Array(count);
	const given = people.map((person) => input.colorOf(person));
	const distinct = new Set(given).size;
	const colours = distinct > MAX_EXACT_COLOURS ? given.map(coarse) : given;
	people.forEach((person, i) => (radius[i] = input.radiusOf(person)));
	const categorical = distinct <= MAX_CATEGORICAL_COLOURS;

	// Ties drawn, in input order first.
	const source: number[] = [];
	const target: number[] = [];
	const weight: number[] = [];
	for (const tie of ties) {
		const a = indexById.get(tie.source);
		const b = indexById.get(tie.target);
		if (a === undefined || b === undefined || a === b) continue;
		if (state[a] === HIDDEN || state[b] === HIDDEN) continue;
		if (tie.weight < minTieWeight) continue;
		source.push(a);
		target.push(b);
		weight.push(tie.weight);
	}
	const tieCount = source.length;
	const tieSource = Uint32Array.from(source);
	const tieTarget = Uint32Array.from(target);
	const tieWeight = Float32Array.from(weight);
	const bounds = weightClassBounds(tieWeight);
	const tieClass = new Int8Array(tieCount);
	const tieKeys: string[] = new Array(tieCount);
	const tieIndexes = new Uint32Array(tieCount);
	for (let t = 0; t < tieCount; t++) {
		const a = tieSource[t];
		const b = tieTarget[t];
		const faded = state[a] === FADED || state[b] === FADED;
		tieClass[t] = faded ? FADED_CLASS : weightClass(tieWeight[t], bounds);
		const picked = faded ? null : (input.tieColourOf?.(people[a].id, people[b].id) ?? null);
		const tint = picked ?? (!faded && categorical && colours[a] === colours[b] ? colours[a] : '');
		tieKeys[t] = `${tieClass[t]}|${tint}|${picked === null ? '' : '!'}`;
		tieIndexes[t] = t;
	}
	const tieBatches: TieBatch[] = [];
	for (const [key, members] of group(tieKeys, tieIndexes)) {
		const [weightClassText, tint, picked] = key.split('|');
		members.sort((x, y) => tieWeight[y] - tieWeight[x] || scramble(x) - scramble(y));
		tieBatches.push({
			colour: tint === '' ? null : tint,
			weightClass: Number(weightClassText),
			ties: Uint32Array.from(members),
			...(picked === '!' ? { emphasised: true } : {})
		});
	}
	// Weak under strong; within a class, neutral ties under tinted ones, then by colour for a stable order.
	tieBatches.sort(
		(x, y) =>
			Number(x.emphasised ?? false) - Number(y.emphasised ?? false) ||
			x.weightClass - y.weightClass ||
			Number(x.colour !== null) - Number(y.colour !== null) ||
			(x.colour ?? '').localeCompare(y.colour ?? '')
	);

	const bySize = Array.from({ length: count }, (_, i) => i).sort(
		(x, y) => radius[x] - radius[y] || x - y
	);
	const peopleBatches = (wanted: number): PeopleBatch[] => {
		const members = bySize.filter((i) => state[i] === wanted);
		return [
			...group(
				members.map((i) => colours[i]),
				members
			)
		].map(([colour, list]) => ({ colour, pixel: pixelOf(colour), people: Uint32Array.from(list) }));
	};

	const degree = new Uint32Array(count + 1);
	for (let t = 0; t < tieCount; t++) {
		degree[tieSource[t]]++;
		degree[tieTarget[t]]++;
	}
	const neighbourStart = new Uint32Array(count + 1);
	for (let i = 0; i < count; i++) neighbourStart[i + 1] = neighbourStart[i] + degree[i];
	const fill = neighbourStart.slice(0, count);
	const neighbourTies = new Uint32Array(2 * tieCount);
	for (let t = 0; t < tieCount; t++) {
		neighbourTies[fill[tieSource[t]]++] = t;
		neighbourTies[fill[tieTarget[t]]++] = t;
	}

	const shownBySize = bySize.filter((i) => state[i] === SHOWN);
	return {
		count,
		ids: people.map((person) => person.id),
		names: people.map((person) => person.name),
		colours,
		radius,
		state,
		tieCount,
		tieSource,
		tieTarget,
		tieWeight,
		tieClass,
		tieBatches,
		fadedPeople: peopleBatches(FADED),
		shownPeople: peopleBatches(SHOWN),
		neighbourStart,
		neighbourTies,
		labelOrder: Uint32Array.from(shownBySize).reverse(),
		typicalRadius: shownBySize.length ? radius[shownBySize[shownBySize.length >> 1]] : 0
	};
}

/** The person at the other end of tie t from person i. */
export function otherEnd(scene: Scene, t: number, i: number): number {
	return scene.tieSource[t] === i ? scene.tieTarget[t] : scene.tieSource[t];
}
