// Helpers for the few places SQL text must name something: identifiers and literals we generate, always quoted.

/** A SQL string literal; only for names Weft generates itself (user values are bound as parameters). */
export function sqlString(text: string): string {
	return `'${text.replaceAll("'", "''")}'`;
}

export function sqlIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}
