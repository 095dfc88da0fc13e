// Reads people and aggregated ties out of DuckDB: the network is SQL over the imported tables.
import type { Queryable } from '../db/types';
import { ensureSchema } from '../ingest/schema';
import { UNKNOWN_TEAM, type Person, type Tie } from './types';

/** An interaction's endpoint is matched to a roster person by key, else by the roster's email column. */
const RESOLVED_INTERACTIONS = `
	WITH by_email AS (SELECT email, any_value(id) AS id FROM roster WHERE email IS NOT NULL GROUP BY email),
	resolved AS (
		SELECT coalesce(rs.id, es.id, i.source) AS a, coalesce(rt.id, et.id, i.target) AS b, i.weight
		FROM interactions i
		LEFT JOIN roster rs ON rs.id = i.source LEFT JOIN by_email es ON es.email = i.source
		LEFT JOIN roster rt ON rt.id = i.target LEFT JOIN by_email et ON et.email = i.target
	)`;

export async function loadPeople(db: Queryable): Promise<Person[]> {
	await ensureSchema(db);
	const people = await db.query<{ id: string; name: string; team: string }>(
		`${RESOLVED_INTERACTIONS},
		unlisted AS (SELECT a AS id FROM resolved UNION SELECT b FROM resolved EXCEPT SELECT id FROM roster)
		SELECT id, name, team, line FROM roster
		UNION ALL SELECT id, id, ?, NULL FROM unlisted
		ORDER BY line NULLS LAST, id`,
		[UNKNOWN_TEAM]
	);
	const attributes = await db.query<{ id: string; attribute: string; value: string }>(
		'SELECT id, attribute, value FROM person_attributes'
	);
	const byId = new Map(
		people.map((p) => [
			p.id,
			{ id: p.id, name: p.name, team: p.team, attributes: {} as Record<string, string> }
		])
	);
	for (const { id, attribute, value } of attributes) {
		const person = byId.get(id);
		if (person) person.attributes[attribute] = value;
	}
	return [...byId.values()];
}

/** Repeated interactions between a pair become one undirected tie; self-ties are dropped. */
export async function loadTies(db: Queryable): Promise<Tie[]> {
	await ensureSchema(db);
	return db.query<Tie>(
		`${RESOLVED_INTERACTIONS}
		SELECT least(a, b) AS source, greatest(a, b) AS target, sum(weight) AS weight,
			count(*)::INTEGER AS interactions
		FROM resolved WHERE a <> b GROUP BY 1, 2 ORDER BY 1, 2`
	);
}

export async function loadNetwork(db: Queryable): Promise<{ people: Person[]; ties: Tie[] }> {
	return { people: await loadPeople(db), ties: await loadTies(db) };
}
