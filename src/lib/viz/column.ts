// A table column: its heading, how to read its value from a row, and whether it holds numbers.

export interface Column<Row> {
	id: string;
	label: string;
	value: (row: Row) => string | number | boolean | null;
	title?: string;
	numeric?: boolean;
}
