// The team view under a minimum group size: a small team is drawn, but nothing in the picture gives its figures away.
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import { teamNetwork } from '../../../src/lib/explore/teamNetwork';
import type { Person, Tie } from '../../../src/lib/graph/types';

const member = (id: string, team: string): Person => ({ id, name: id, team, attributes: {} });
const tie = (source: string, target: string, weight = 1): Tie => ({
	source,
	target,
	weight,
	interactions: 1,
	minutes: 0
});
/** Big: six people in a ring. Mid: five in a line, tied to Big twice. */
const big = Array.from({ length: 6 }, (_, i) => member(`b${i}`, 'Big'));
const mid = Array.from({ length: 5 }, (_, i) => member(`m${i}`, 'Mid'));
const ring = big.map((_, i) => tie(...([`b${i}`, `b${(i + 1) % 6}`].sort() as [string, string])));
const line = [tie('m0', 'm1'), tie('m1', 'm2'), tie('m2', 'm3'), tie('m3', 'm4')];
const across = [tie('b0', 'm0', 3), tie('b3', 'm4', 2)];

/**
 * Two versions of team Tiny, both under 5 people, with different sizes, ties inside and ties to Big (the same
 * weight in all, so Big's own figures do not change).
 */
const twoPeople = () =>
	analyzeNetwork({
		people: [...big, ...mid, member('t0', 'Tiny'), member('t1', 'Tiny')],
		ties: [...ring, ...line, ...across, tie('t0', 't1'), tie('b0', 't0')]
	});
const fourPeople = () =>
	analyzeNetwork({
		people: [...big, ...mid, ...['t0', 't1', 't2', 't3'].map((id) => member(id, 'Tiny'))],
		ties: [
			...ring,
			...line,
			...across,
			tie('t0', 't1', 4),
			tie('t1', 't2', 4),
			tie('t2', 't3', 4),
			tie('b0', 't0', 0.5),
			tie('b1', 't3', 0.5)
		]
	});

describe('teamNetwork with a minimum group size', () => {
	it("withholds a small team's size, inside share and link figures, and draws it at the smallest radius", async () => {
		const analysis = await twoPeople();
		const { nodes, links } = teamNetwork(analysis.teams, analysis.teamMatrix, { minGroupSize: 5 });
		const tiny = nodes.find((node) => node.team === 'Tiny');
		expect(tiny).toMatchObject({ size: null, inside: null, radius: 8 });
		expect(nodes.find((node) => node.team === 'Mid')).toMatchObject({ size: 5 });
		expect(links).toEqual([
			{ a: 'Big', b: 'Mid', ties: 2, weight: 5 },
			{ a: 'Big', b: 'Tiny', ties: null, weight: null }
		]);
		// Without a minimum, Tiny's figures are there.
		const plain = teamNetwork(analysis.teams, analysis.teamMatrix);
		expect(plain.nodes.find((node) => node.team === 'Tiny')?.size).toBe(2);
		expect(plain.links).toContainEqual({ a: 'Big', b: 'Tiny', ties: 1, weight: 1 });
	});

	it("draws the same picture whatever the small team's size and ties, so none can be read from it", async () => {
		const [two, four] = await Promise.all([twoPeople(), fourPeople()]);
		const picture = (analysis: Awaited<ReturnType<typeof twoPeople>>, minGroupSize: number) =>
			teamNetwork(analysis.teams, analysis.teamMatrix, { minGroupSize });
		expect(picture(four, 5)).toEqual(picture(two, 5));
		// The two versions do differ when Tiny is shown (at 2): its size, radius, link and place.
		expect(picture(four, 2)).not.toEqual(picture(two, 2));
	});
});
