// How a table sorts: numbers in order, and withheld or missing figures last whichever way.
import { describe, expect, it } from 'vitest';
import { sortedRows, type Column } from '../../../src/lib/viz/column';
import { withheldColumns } from '../../../src/lib/viz/withheldColumns';

interface Team {
	team: string;
	ei: number | null;
}

const COLUMNS: Column<Team>[] = [
	{ id: 'team', label: 'Team', value: (t) => t.team },
	{ id: 'ei', label: 'E-I index', numeric: true, value: (t) => t.ei }
];
const TEAMS: Team[] = [
	{ team: 'Sales', ei: 0.4 },
	{ team: 'Tiny', ei: -0.9 },
	{ team: 'Ops', ei: -0.2 },
	{ team: 'Solo', ei: null },
	{ team: 'Legal', ei: 0.1 }
];

describe('sortedRows', () => {
	const [, ei] = withheldColumns(COLUMNS, (t) => t.team === 'Tiny', 5);
	const order = (descending: boolean) => sortedRows(TEAMS, ei, descending).map((t) => t.team);

	it('puts a withheld figure with the missing ones, after every figure, in both directions', () => {
		expect(order(true)).toEqual(['Sales', 'Legal', 'Ops', 'Tiny', 'Solo']);
		expect(order(false)).toEqual(['Ops', 'Legal', 'Sales', 'Tiny', 'Solo']);
	});

	it('sorts text columns by their text', () => {
		expect(sortedRows(TEAMS, COLUMNS[0], false).map((t) => t.team)).toEqual([
			'Legal',
			'Ops',
			'Sales',
			'Solo',
			'Tiny'
		]);
	});
});
