// The team legend under a minimum group size: a small team's count is withheld, and so is a group total holding it.
import { describe, expect, it } from 'vitest';
import type { PersonResult } from '../../../src/lib/analysis/types';
import { colouring, legendCount } from '../../../src/lib/explore/colouring';
import { teamColours } from '../../../src/lib/viz/teamColors';

/** Seven teams of six take the palette's seven hues; Mid (5) and Tiny (2) share the grey of "other teams". */
const sizes: [string, number][] = [
	...Array.from({ length: 7 }, (_, i): [string, number] => [`T${i + 1}`, 6]),
	['Mid', 5],
	['Tiny', 2]
];
const people = sizes.flatMap(([team, size]) =>
	Array.from({ length: size }, (_, i) => ({ id: `${team}-${i}`, team }) as PersonResult)
);
const entries =
	colouring(people, 'team', teamColours(sizes.map(([team, size]) => ({ team, size })))).entries ??
	[];
const group = entries.find((entry) => entry.key.kind === 'otherTeams');
const member = (team: string) => group?.members?.find((entry) => entry.label === team);

describe('legendCount', () => {
	it('shows "fewer than 5" for a small team and no total for the group that holds it', () => {
		const small = new Set(['Tiny']);
		expect(group?.count).toBe(7);
		expect(legendCount(member('Tiny')!, small, 'fewer than 5')).toBe('fewer than 5');
		expect(legendCount(member('Mid')!, small, 'fewer than 5')).toBe('5');
		// 7 less Mid's 5 would be Tiny's 2.
		expect(legendCount(group!, small, 'fewer than 5')).toBe('');
		expect(legendCount(entries[0], small, 'fewer than 5')).toBe('6');
	});

	it('shows every count when no team is small', () => {
		const none = new Set<string>();
		expect(legendCount(group!, none, 'fewer than 5')).toBe('7');
		expect(legendCount(member('Tiny')!, none, 'fewer than 5')).toBe('2');
	});
});
