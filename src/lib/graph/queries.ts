// Reads people and aggregated ties out of DuckDB: the network is SQL over the imported tables, re-run when settings change.
import type { Queryable } from '../db/types';
import { ensureSchema, PAIRS_ARE_CURRENT, pairsOf } from '../ingest/schema';
import { bindNamed } from '../db/sql';
import { DEFAULT_SETTINGS, EXTERNAL_TEAM, settingValues, type NetworkSettings } from './settings';
import { UNKNOWN_TEAM, type Person, type Tie } from './types';

/**
 * A pair's weight is summed in whole units of 2^-16 ms, and its minutes in ms, as doubles holding whole numbers: they
 * add up exactly in any order while a pair's total stays under 2^53 units (4.4 years of meetings for two), so its
 * figures are the same whether its meetings were read in one share of a file or several (as many as the machine has
 * cores), and whether the pairs were indexed yet. Fractions summed in another order differ in the last bits.
 */
const WEIGHT_UNITS_PER_MS = 2 ** 16;
const WEIGHT_UNITS_PER_HOUR = `${3_600_000 * WEIGHT_UNITS_PER_MS}.0`;
/** A meeting longer than this (4,400 years) weighs as much as one this long: its units must fit a BIGINT. */
const LONGEST_WEIGHED_MS = 2 ** 63 / WEIGHT_UNITS_PER_MS - 1;

/**
 * How kept occurrences reach their pairs. `shared`: the occurrences that share one presence (a series' instances) are
 * summed first, so that its pairs are made once, each carrying its meetings' count. `own` (no presence is shared, as in
 * a file of single events): each passes on as it is, since a count carried through 4.5 million pairs costs about 50 ms.
 */
const KEPT_PRESENCE = {
	shared: {
		sql: `SELECT attendees_of AS occurrence, count(*)::DOUBLE AS meetings, sum(ms) AS ms,
			sum(pair_weight) AS pair_weight
			FROM kept GROUP BY 1`,
		columns: ['meetings', 'ms', 'pair_weight'],
		interactions: 'sum(meetings)'
	},
	own: {
		sql: 'SELECT attendees_of AS occurrence, ms, pair_weight FROM kept',
		columns: ['ms', 'pair_weight'],
		interactions: 'count(*)'
	}
};
type KeptPresence = (typeof KEPT_PRESENCE)[keyof typeof KEPT_PRESENCE];

/** A pair's figures from the rows of its presences, each with its meetings' `ms` and `pair_weight` (in units). */
const pairFigures = (kept: KeptPresence) => `${kept.interactions}::INTEGER AS interactions,
	sum(ms) / 60000.0 AS minutes, sum(pair_weight) / ${WEIGHT_UNITS_PER_HOUR} AS weight`;

const PAIR_SUMS = {
	// A settings change: the pairs made once per import, filtered to the kept occurrences' presences.
	indexed: (kept: KeptPresence) => `pair_sums AS (
		SELECT m.pair, ${pairFigures(kept)}
		FROM meeting_pairs m JOIN kept_presence k USING (occurrence) GROUP BY 1)`,
	// The first analysis of an import: the kept presences paired, each row carrying its meetings' figures.
	direct: (kept: KeptPresence) => `present AS (
		SELECT p.occurrence, p.number, ${kept.columns.map((column) => `k.${column}`).join(', ')}
		FROM meeting_presence p JOIN kept_presence k USING (occurrence) WHERE NOT p.declined),
	pair_sums AS (
		SELECT pair, ${pairFigures(kept)}
		FROM (${pairsOf('present', kept.columns.map((column) => `, a.${column}`).join(''))}) GROUP BY 1)`
};

/**
 * Ties from interaction rows and from meetings, summed per pair. A meeting counts when it is not cancelled, not
 * all-day (unless asked), starts in the window and has 2..maxAttendees attendees after declines; each pair of its n
 * attendees gains 1 interaction, its minutes, and its hours / (n - 1) of weight (rounded down to 2^-16 ms, above).
 * People are numbered at import, so the ties are summed over integer pairs, and the numbers become names only at the
 * end. The kept occurrences' pairs are summed from the pairs index or straight from presence (`pairing`).
 */
const tiesSql = (pairing: keyof typeof PAIR_SUMS, kept: KeptPresence) => `
	WITH kept AS (
		SELECT s.attendees_of, (o.end_ms - o.start_ms)::DOUBLE AS ms,
			(least(greatest(o.end_ms - o.start_ms, -${LONGEST_WEIGHED_MS}), ${LONGEST_WEIGHED_MS})
				* ${WEIGHT_UNITS_PER_MS} // (s.n - 1))::DOUBLE AS pair_weight
		FROM meeting_occurrences o JOIN meeting_sizes s USING (occurrence)
		WHERE NOT o.cancelled AND ($includeAllDay OR NOT o.all_day)
			AND o.start_ms >= $from AND o.start_ms < $to AND s.n BETWEEN 2 AND $maxAttendees),
	kept_presence AS (${kept.sql}),
	${PAIR_SUMS[pairing](kept)},
	pair_totals AS (
		SELECT (pair >> 32)::INTEGER AS p, (pair & 4294967295)::INTEGER AS q, interactions, minutes, weight
		FROM pair_sums
		WHERE $includeUnlisted OR (pair >> 32 IN (SELECT number FROM meeting_people WHERE listed)
			AND pair & 4294967295 IN (SELECT number FROM meeting_people WHERE listed))),
	interaction_ties AS (
		SELECT least(a, b) AS source, greatest(a, b) AS target, count(*) AS interactions, 0.0 AS minutes,
			sum(weight) AS weight
		FROM interaction_pairs
		WHERE a <> b AND ($includeUnlisted OR (a_listed AND b_listed))
			AND (at_ms IS NULL OR (at_ms >= $from AND at_ms < $to))
		GROUP BY 1, 2)
`;

/** With both kinds of source, a pair's ties are summed by name; with meetings only, names are looked up after. */
const TIES_FROM = {
	both: `SELECT source, target, sum(weight) AS weight, sum(interactions)::INTEGER AS interactions,
		sum(minutes) AS minutes
		FROM (SELECT * FROM interaction_ties UNION ALL BY NAME
			SELECT np.person AS source, nq.person AS target, interactions, minutes, weight
			FROM pair_totals JOIN meeting_people np ON np.number = p JOIN meeting_people nq ON nq.number = q)
		GROUP BY 1, 2 ORDER BY 1, 2`,
	// People are numbered in key order, so p < q already puts source before target.
	meetings: 'SELECT p, q, weight, interactions, minutes FROM pair_totals ORDER BY p, q',
	interactions: `SELECT source, target, weight, interactions::INTEGER AS interactions, minutes
		FROM interaction_ties ORDER BY 1, 2`
};

type NumberedTie = Omit<Tie, 'source' | 'target'> & { p: number; q: number };

/** Meeting ties come back as person numbers, column by column (integers cross from DuckDB far faster than strings), and are named here. */
async function namedMeetingTies(db: Queryable, sql: string, params: unknown[]): Promise<Tie[]> {
	const { p, q, weight, interactions, minutes } = await db.queryColumns<NumberedTie>(sql, params);
	const names = await db.query<{ number: number; person: string }>(
		'SELECT number, person FROM meeting_people'
	);
	const person: string[] = [];
	for (const { number, person: id } of names) person[number] = id;
	const ties: Tie[] = new Array(p.length);
	for (let i = 0; i < p.length; i++) {
		ties[i] = {
			source: person[p[i]],
			target: person[q[i]],
			weight: weight[i],
			interactions: interactions[i],
			minutes: minutes[i]
		};
	}
	return ties;
}

export async function loadTies(
	db: Queryable,
	settings: NetworkSettings = DEFAULT_SETTINGS
): Promise<Tie[]> {
	await ensureSchema(db);
	const [{ meetings, interactions, paired, shared }] = await db.query<{
		meetings: boolean;
		interactions: boolean;
		paired: boolean;
		shared: boolean;
	}>(
		`SELECT EXISTS (SELECT 1 FROM meeting_presence) AS meetings,
			EXISTS (SELECT 1 FROM interactions) AS interactions, ${PAIRS_ARE_CURRENT} AS paired,
			EXISTS (SELECT 1 FROM meeting_sizes WHERE attendees_of <> occurrence) AS shared`
	);
	const from = meetings && interactions ? 'both' : meetings ? 'meetings' : 'interactions';
	const kept = KEPT_PRESENCE[shared ? 'shared' : 'own'];
	const [sql, params] = bindNamed(
		tiesSql(paired ? 'indexed' : 'direct', kept) + TIES_FROM[from],
		settingValues(settings)
	);
	return from === 'meetings' ? namedMeetingTies(db, sql, params) : db.query<Tie>(sql, params);
}

/** Everyone on the roster, then everyone else who has a tie: team External when their email's domain is not the roster's, else Unknown. */
export async function loadPeople(db: Queryable, ties: readonly Tie[]): Promise<Person[]> {
	await ensureSchema(db);
	const roster = await db.query<{ id: string; name: string; team: string }>(
		'SELECT id, name, team FROM roster ORDER BY line'
	);
	const attributes = await db.query<{ id: string; attribute: string; value: string }>(
		'SELECT id, attribute, value FROM person_attributes'
	);
	const people = new Map<string, Person>(roster.map((p) => [p.id, { ...p, attributes: {} }]));
	for (const { id, attribute, value } of attributes) {
		const person = people.get(id);
		if (person) person.attributes[attribute] = value;
	}

	const unlisted = [...new Set(ties.flatMap((tie) => [tie.source, tie.target]))]
		.filter((id) => !people.has(id))
		.sort();
	if (unlisted.length === 0) return [...people.values()];
	const known = await db.query<{ person: string; name: string | null; email: string | null }>(
		'SELECT person, display_name AS name, email FROM meeting_people WHERE NOT listed'
	);
	const details = new Map(known.map((row) => [row.person, row]));
	const domains = new Set(
		(await db.query<{ domain: string }>('SELECT domain FROM roster_domains')).map(
			(row) => row.domain
		)
	);
	for (const id of unlisted) {
		const detail = details.get(id);
		const email = detail?.email ?? (id.includes('@') ? id : null);
		const external =
			detail !== undefined &&
			email !== null &&
			domains.size > 0 &&
			!domains.has(email.split('@')[1]);
		people.set(id, {
			id,
			name: detail?.name ?? id,
			team: external ? EXTERNAL_TEAM : UNKNOWN_TEAM,
			attributes: {}
		});
	}
	return [...people.values()];
}

export async function loadNetwork(
	db: Queryable,
	settings: NetworkSettings = DEFAULT_SETTINGS
): Promise<{ people: Person[]; ties: Tie[] }> {
	const ties = await loadTies(db, settings);
	return { people: await loadPeople(db, ties), ties };
}
