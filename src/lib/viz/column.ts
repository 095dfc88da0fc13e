// A table column: its heading, how to read its value from a row, and whether it holds numbers.
import type { Definition } from './definitions';

export interface Column<Row> {
	id: string;
	label: string;
	value: (row: Row) => string | number | boolean | null;
	title?: string;
	numeric?: boolean;
	/** The figure's plain-words definition, one click from the heading. */
	definition?: Definition;
}

/** A cell as its column sorts it: in a column of numbers, anything else (a withheld figure's text) sorts as missing. */
function sortValue<Row>(column: Column<Row>, row: Row): string | number | boolean | null {
	const value = column.value(row);
	return column.numeric && typeof value !== 'number' ? null : value;
}

/** The rows sorted by the column, missing values last whichever way. */
export function sortedRows<Row>(
	rows: readonly Row[],
	column: Column<Row>,
	descending: boolean
): Row[] {
	const direction = descending ? -1 : 1;
	return [...rows].sort((a, b) => {
		const x = sortValue(column, a);
		const y = sortValue(column, b);
		if (x === y) return 0;
		if (x === null) return 1;
		if (y === null) return -1;
		return (x < y ? -1 : 1) * direction;
	});
}
