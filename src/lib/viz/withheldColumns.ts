// Table columns that show "fewer than 5" instead of a small team's figures, the first column (the team) kept.
import { fewerThan } from '../privacy/minGroupSize';
import type { Column } from './column';

export function withheldColumns<Row>(
	columns: readonly Column<Row>[],
	withheld: (row: Row) => boolean,
	minGroupSize: number
): Column<Row>[] {
	const text = fewerThan(minGroupSize);
	return columns.map((column, i) =>
		i === 0
			? column
			: { ...column, value: (row: Row) => (withheld(row) ? text : column.value(row)) }
	);
}
