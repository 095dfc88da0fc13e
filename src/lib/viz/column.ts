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
