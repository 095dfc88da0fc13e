// Finds people by name or email as the user types, best matches first.

interface Searchable {
	id: string;
	name: string;
	attributes: Record<string, string>;
}

/** Lower case without accents, so "jose" finds "José". */
export function normalise(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The person's email: their key when it is one, else an `email` column of the roster. */
export function emailOf(person: Searchable): string | null {
	if (person.id.includes('@')) return person.id;
	const column = Object.keys(person.attributes).find((key) => normalise(key) === 'email');
	return column ? person.attributes[column] : null;
}

/** A name written "Last, First" (as HR systems write them) read as "First Last" too, as calendars are matched. */
function namesOf(name: string): string[] {
	const parts = name.split(',');
	return parts.length === 2 ? [name, `${parts[1].trim()} ${parts[0].trim()}`] : [name];
}

/** How well a name matches: 0 when it starts with the query, 1 when one of its words does, else -1. */
function nameRank(name: string, wanted: string): number {
	if (name.startsWith(wanted)) return 0;
	return name.split(/[\s,'-]+/).some((word) => word.startsWith(wanted)) ? 1 : -1;
}

/**
 * Rank: the name (or, for "Last, First", "First Last") starts with the query, then one of its words does, then the email does, then either holds it
 * anywhere; equal ranks in name order. An empty query finds nobody.
 */
export function searchPeople<P extends Searchable>(
	people: readonly P[],
	query: string,
	limit = 8
): P[] {
	const wanted = normalise(query);
	if (wanted === '') return [];
	const ranked: { person: P; rank: number; name: string }[] = [];
	for (const person of people) {
		const name = normalise(person.name);
		const email = normalise(emailOf(person) ?? person.id);
		const ranks = namesOf(name)
			.map((written) => nameRank(written, wanted))
			.filter((rank) => rank >= 0);
		const rank =
			ranks.length > 0
				? Math.min(...ranks)
				: email.startsWith(wanted)
					? 2
					: name.includes(wanted) || email.includes(wanted)
						? 3
						: -1;
		if (rank >= 0) ranked.push({ person, rank, name });
	}
	return ranked
		.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
		.slice(0, limit)
		.map(({ person }) => person);
}
