// The scene the canvas draws: ties batched by colour and weight, hidden people and their ties left out, neighbours.
import { describe, expect, it } from 'vitest';
import { FADED_CLASS } from '../../../src/lib/viz/canvas/levelOfDetail';
import { buildScene, FADED, HIDDEN, otherEnd, SHOWN } from '../../../src/lib/viz/canvas/scene';

interface P {
	id: string;
	name: string;
	team: string;
	size: number;
}

const people: P[] = [
	{ id: 'a', name: 'Ann', team: 'red', size: 5 },
	{ id: 'b', name: 'Bo', team: 'red', size: 9 },
	{ id: 'c', name: 'Cy', team: 'blue', size: 3 },
	{ id: 'd', name: 'Di', team: 'blue', size: 7 },
	{ id: 'e', name: 'Ed', team: 'blue', size: 4 }
];
const tie = (source: string, target: string, weight: number) => ({ source, target, weight });
const ties = [
	tie('a', 'b', 4),
	tie('c', 'd', 1),
	tie('a', 'c', 2),
	tie('b', 'd', 8),
	tie('d', 'e', 1),
	tie('a', 'x', 3) // x is not in the roster
];

function scene(overrides: Partial<Parameters<typeof buildScene<P>>[0]> = {}) {
	return buildScene<P>({
		people,
		ties,
		colorOf: (p) => (p.team === 'red' ? '#ff0000' : '#0000ff'),
		radiusOf: (p) => p.size,
		visibility: null,
		minTieWeight: 0,
		...overrides
	});
}

const tiesOf = (s: ReturnType<typeof scene>) =>
	Array.from({ length: s.tieCount }, (_, t) => `${s.ids[s.tieSource[t]]}${s.ids[s.tieTarget[t]]}`);

describe('buildScene', () => {
	it('keeps ties whose ends are both known, as typed arrays', () => {
		const s = scene();
		expect(s.count).toBe(5);
		expect(tiesOf(s)).toEqual(['ab', 'cd', 'ac', 'bd', 'de']);
		expect(s.tieSource).toBeInstanceOf(Uint32Array);
	});

	it('batches ties by colour: ties inside a colour take it, ties across it take the theme colour', () => {
		const s = scene();
		const colourOfTie = new Map<string, string | null>();
		for (const batch of s.tieBatches)
			for (const t of batch.ties)
				colourOfTie.set(`${s.ids[s.tieSource[t]]}${s.ids[s.tieTarget[t]]}`, batch.colour);
		expect(colourOfTie.get('ab')).toBe('#ff0000');
		expect(colourOfTie.get('cd')).toBe('#0000ff');
		expect(colourOfTie.get('ac')).toBeNull();
		expect(colourOfTie.get('bd')).toBeNull();
	});

	it('draws weak batches before strong ones, each batch strongest first', () => {
		const s = scene();
		const classes = s.tieBatches.map((batch) => batch.weightClass);
		expect(classes).toEqual([...classes].sort((a, b) => a - b));
		for (const batch of s.tieBatches)
			for (let j = 1; j < batch.ties.length; j++)
				expect(s.tieWeight[batch.ties[j - 1]]).toBeGreaterThanOrEqual(s.tieWeight[batch.ties[j]]);
		// The heaviest tie is strong.
		const heaviest = tiesOf(s).indexOf('bd');
		expect(s.tieClass[heaviest]).toBe(2);
	});

	it('batches people by colour, smallest first so the large are drawn on top', () => {
		const s = scene();
		const red = s.shownPeople.find((batch) => batch.colour === '#ff0000');
		const blue = s.shownPeople.find((batch) => batch.colour === '#0000ff');
		expect([...(red?.people ?? [])].map((i) => s.ids[i])).toEqual(['a', 'b']);
		expect([...(blue?.people ?? [])].map((i) => s.ids[i])).toEqual(['c', 'e', 'd']);
		expect(s.fadedPeople).toEqual([]);
	});

	it('leaves out hidden people with their ties, and draws ties to faded people as faded', () => {
		const visibility = Uint8Array.from([SHOWN, SHOWN, FADED, HIDDEN, SHOWN]);
		const s = scene({ visibility });
		expect(tiesOf(s)).toEqual(['ab', 'ac']);
		expect(s.tieClass[1]).toBe(FADED_CLASS);
		expect(s.shownPeople.flatMap((b) => [...b.people]).sort()).toEqual([0, 1, 4]);
		expect(s.fadedPeople.flatMap((b) => [...b.people])).toEqual([2]);
		// Only shown people are labelled: largest first.
		expect([...s.labelOrder].map((i) => s.ids[i])).toEqual(['b', 'a', 'e']);
	});

	it('leaves out ties lighter than the minimum weight', () => {
		expect(tiesOf(scene({ minTieWeight: 2 }))).toEqual(['ab', 'ac', 'bd']);
	});

	it('lists each person’s ties for the hover highlight', () => {
		const s = scene();
		const d = s.ids.indexOf('d');
		const neighbours = [];
		for (let e = s.neighbourStart[d]; e < s.neighbourStart[d + 1]; e++)
			neighbours.push(s.ids[otherEnd(s, s.neighbourTies[e], d)]);
		expect(neighbours.sort()).toEqual(['b', 'c', 'e']);
	});

	it('rounds a continuous colour scale to a few dozen batches, and draws its ties in the theme colour', () => {
		const many = Array.from({ length: 2000 }, (_, i) => ({
			id: `p${i}`,
			name: `P${i}`,
			team: '',
			size: 3
		}));
		const grey = (p: P) => {
			const v = Number(p.id.slice(1)) % 256;
			return `rgb(${v}, ${v}, ${(v * 7) % 256})`;
		};
		const s = buildScene<P>({
			people: many,
			ties: [tie('p1', 'p2', 1)],
			colorOf: grey,
			radiusOf: (p) => p.size,
			visibility: null,
			minTieWeight: 0
		});
		expect(s.shownPeople.length).toBeLessThanOrEqual(16 * 16);
		expect(s.shownPeople.length).toBeLessThan(256);
		expect(s.tieBatches.every((batch) => batch.colour === null)).toBe(true);
	});
});
