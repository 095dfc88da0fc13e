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

/**
 * Rank: the name starts with the query, then one of its words does, then the email does, then either holds it
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
		const rank = name.startsWith(wanted)
			? 0
			: name.split(/[\s'-]+/).some((word) => word.startsWith(wanted))
				? 1
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
