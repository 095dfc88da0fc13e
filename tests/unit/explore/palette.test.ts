// The categorical palette: distinct colour-blind-safe hues for the largest categories, one grey for the rest, the same
// colours every time; the legend groups the rest and leaves them out together.
import { describe, expect, it } from 'vitest';
import type { PersonResult } from '../../../src/lib/analysis/types';
import { colouring } from '../../../src/lib/explore/colouring';
import { groupToggled } from '../../../src/lib/explore/filters';
import { CATEGORY_COLOURS, OTHER_COLOUR, categoryColours } from '../../../src/lib/explore/palette';
import { teamColours, UNLISTED_GREY } from '../../../src/lib/viz/teamColors';

const N = CATEGORY_COLOURS.length;

describe('categoryColours', () => {
	it('has distinct hues, none of them the grey of the others', () => {
		expect(new Set(CATEGORY_COLOURS).size).toBe(N);
		expect(CATEGORY_COLOURS).not.toContain(OTHER_COLOUR);
	});

	it('gives every category its own hue while there are no more than the palette holds', () => {
		const sizes = Array.from({ length: N }, (_, i) => [`c${i}`, 10 + i] as const);
		const { colourOf, distinct, others } = categoryColours(sizes);
		expect(new Set(sizes.map(([c]) => colourOf(c))).size).toBe(N);
		expect(others).toEqual([]);
		// Largest first: the largest gets the palette's first hue.
		expect(distinct[0]).toBe(`c${N - 1}`);
		expect(colourOf(`c${N - 1}`)).toBe(CATEGORY_COLOURS[0]);
	});

	it('gives the largest their own hues and the rest one grey, whatever order they come in', () => {
		const sizes = Array.from({ length: 30 }, (_, i): [string, number] => [
			`team ${i}`,
			(i * 37) % 101
		]);
		const largest = [...sizes]
			.sort((a, b) => b[1] - a[1])
			.slice(0, N)
			.map(([c]) => c);
		const forward = categoryColours(sizes);
		const backward = categoryColours([...sizes].reverse());
		expect(forward.distinct).toEqual(largest);
		expect(new Set(largest.map(forward.colourOf)).size).toBe(N);
		expect(forward.others).toHaveLength(30 - N);
		for (const category of forward.others) expect(forward.colourOf(category)).toBe(OTHER_COLOUR);
		for (const [category] of sizes)
			expect(backward.colourOf(category)).toBe(forward.colourOf(category));
		expect(forward.colourOf('not given')).toBe(OTHER_COLOUR);
	});

	it('breaks ties in size by the order given', () => {
		const sizes = Array.from({ length: N + 2 }, (_, i) => [`c${i}`, 5] as const);
		expect(categoryColours(sizes).distinct).toEqual(sizes.slice(0, N).map(([c]) => c));
	});
});

describe('teamColours', () => {
	it('keeps people off the roster out of the palette and out of the other teams', () => {
		const teams = [
			{ team: 'External', size: 500 },
			{ team: 'Unknown', size: 3 },
			...Array.from({ length: N + 1 }, (_, i) => ({ team: `T${i}`, size: 100 - i }))
		];
		const palette = teamColours(teams);
		expect(palette.colourOf('External')).toBe(UNLISTED_GREY);
		expect(palette.colourOf('Unknown')).toBe(UNLISTED_GREY);
		expect(palette.unlisted).toEqual(['External', 'Unknown']);
		expect(palette.distinct).toEqual(teams.slice(2, 2 + N).map((t) => t.team));
		expect(palette.others).toEqual([`T${N}`]);
		expect(palette.colourOf(`T${N}`)).toBe(OTHER_COLOUR);
	});
});

describe('a legend with more teams than hues', () => {
	// Three more teams than hues, largest first by name.
	const teamSizes = [30, 20, 14, 10, 8, 6, 4, 3, 3, 2].slice(0, N + 3);
	const teamOfPerson = teamSizes.flatMap((size, t) => Array<string>(size).fill(`Team ${t}`));
	const people = teamOfPerson.map(
		(team, i) =>
			({
				id: `p${i}`,
				name: `P${i}`,
				team,
				community: i % (N + 2),
				role: 'member'
			}) as PersonResult
	);
	const sizes = new Map<string, number>();
	for (const p of people) sizes.set(p.team, (sizes.get(p.team) ?? 0) + 1);
	const palette = teamColours([...sizes].map(([team, size]) => ({ team, size })));

	it('lists the teams with a hue of their own, then one group in grey holding the rest', () => {
		const { entries, colourOf } = colouring(people, 'team', palette);
		const group = entries?.at(-1);
		expect(entries?.slice(0, -1).map((e) => e.label)).toEqual(palette.distinct);
		expect(group?.colour).toBe(OTHER_COLOUR);
		expect(group?.key).toEqual({ kind: 'otherTeams', values: [...palette.others].sort() });
		expect(group?.members?.map((m) => m.label)).toEqual([...palette.others].sort());
		expect(group?.count).toBe(
			palette.others.reduce((sum, team) => sum + (sizes.get(team) ?? 0), 0)
		);
		expect(group?.label).toBe(`Other teams (${palette.others.length} teams)`);
		for (const p of people)
			expect(colourOf(p)).toBe(
				palette.others.includes(p.team) ? OTHER_COLOUR : palette.colourOf(p.team)
			);
	});

	it('groups communities past the palette the same way', () => {
		const { entries } = colouring(people, 'community', palette);
		expect(entries?.slice(0, -1).map((e) => e.colour)).toEqual(CATEGORY_COLOURS);
		expect(entries?.at(-1)?.key.kind).toBe('otherCommunities');
		expect(entries?.at(-1)?.members).toHaveLength(2);
	});

	it('leaves the whole group out at once, and brings it all back', () => {
		const others = ['a', 'b', 'c'];
		const partly = new Set(['b', 'x']);
		const out = groupToggled(partly, others);
		expect([...out].sort()).toEqual(['a', 'b', 'c', 'x']);
		expect([...groupToggled(out, others)]).toEqual(['x']);
	});
});
