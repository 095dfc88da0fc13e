// Helpers for the few places SQL text must name something: identifiers and literals we generate, always quoted.

/** A SQL string literal; only for names Weft generates itself (user values are bound as parameters). */
export function sqlString(text: string): string {
	return `'${text.replaceAll("'", "''")}'`;
}

export function sqlIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** Replaces `$name` placeholders with positional `?` and the matching values, so values are bound, never pasted. */
export function bindNamed(sql: string, values: Record<string, unknown>): [string, unknown[]] {
	const params: unknown[] = [];
	const text = sql.replace(/\$([a-zA-Z]+)/g, (_, name: string) => {
		if (!(name in values)) throw new Error(`no value for $${name}`);
		params.push(values[name]);
		return '?';
	});
	return [text, params];
}
