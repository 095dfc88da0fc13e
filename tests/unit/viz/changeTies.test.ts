// Ties gained and lost picked out in the network picture: their own colour, their own batch, drawn last and bold.
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/lib/viz/canvas/scene';
import { CHANGE_COLOURS, changeTieColourOf } from '../../../src/lib/viz/changeColours';

const people = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));
const ties = [
	{ source: 'a', target: 'b', weight: 1 },
	{ source: 'b', target: 'c', weight: 1 },
	{ source: 'c', target: 'd', weight: 1 }
];

describe('ties gained and lost in the network picture', () => {
	it('colours a tie by the pair, whichever way round it is named', () => {
		const colourOf = changeTieColourOf({
			gained: [{ source: 'b', target: 'a' }],
			lost: [{ source: 'c', target: 'd' }]
		});
		expect(colourOf('a', 'b')).toBe(CHANGE_COLOURS.gained);
		expect(colourOf('d', 'c')).toBe(CHANGE_COLOURS.lost);
		expect(colourOf('b', 'c')).toBeNull();
		expect(CHANGE_COLOURS.gained).not.toBe(CHANGE_COLOURS.lost);
	});

	it('puts them in emphasised batches of their colour, after every other batch', () => {
		const scene = buildScene({
			people,
			ties,
			colorOf: () => '#888888',
			radiusOf: () => 4,
			visibility: null,
			minTieWeight: 0,
			tieColourOf: changeTieColourOf({
				gained: [{ source: 'a', target: 'b' }],
				lost: [{ source: 'c', target: 'd' }]
			})
		});
		const batches = scene.tieBatches;
		// One plain batch (b-c, tinted by the one shared colour) and the two picked out, drawn last.
		expect(batches).toHaveLength(3);
		expect(batches[0].emphasised).toBeUndefined();
		expect([...batches[0].ties]).toEqual([1]);
		const picked = batches
			.slice(1)
			.map((batch) => [batch.colour, [...batch.ties], batch.emphasised]);
		expect(picked).toEqual(
			expect.arrayContaining([
				[CHANGE_COLOURS.gained, [0], true],
				[CHANGE_COLOURS.lost, [2], true]
			])
		);
	});

	it('leaves the scene as it was without a colouring', () => {
		const plain = buildScene({
			people,
			ties,
			colorOf: () => '#888888',
			radiusOf: () => 4,
			visibility: null,
			minTieWeight: 0
		});
		expect(plain.tieBatches.every((batch) => batch.emphasised === undefined)).toBe(true);
		expect(plain.tieBatches.flatMap((batch) => [...batch.ties]).sort()).toEqual([0, 1, 2]);
	});
});
