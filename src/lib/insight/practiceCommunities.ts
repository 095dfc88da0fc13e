// Finds communities of practice in calendars: recurring meeting series whose regulars come from three or more teams.
import { bindNamed } from '../db/sql';
import type { Queryable } from '../db/types';
import { EXTERNAL_TEAM, settingValues, type NetworkSettings } from '../graph/settings';
import { UNKNOWN_TEAM, type Person } from '../graph/types';
import { DAY_MS } from '../ingest/calendar/dates';
import { ensureSchema } from '../ingest/schema';
import type { PracticeCommunity } from './types';

const MIN_TEAMS = 3;

/**
 * The series and their regular attendees. Rules:
 * - An occurrence counts as it does for ties: not cancelled, not all-day unless asked, starting in the window,
 *   2..maxAttendees attendees after declines (so all-hands meetings drop out); one copy per UID and start.
 * - A series is the occurrences of one recurring UID, or single events with the same title (case and spacing
 *   ignored) and organizer; it needs three occurrences.
 * - Cadence comes from the median gap between consecutive starts: 6-8 days weekly, 13-15 fortnightly, 27-35
 *   monthly (a "first Thursday" is 28 or 35 days apart), else irregular. Single events make a series only
 *   weekly or fortnightly: anything looser is more likely the same title reused.
 * - Regular attendees were present (not declined) at half or more of the series' occurrences; unlisted people
 *   count only when the settings include them, as for ties.
 * - Attendance is each occurrence's start and how many were present, in time order.
 */
const SERIES_SQL = `
	WITH kept AS (
		SELECT o.occurrence, s.attendees_of, o.uid, o.recurring, o.title, o.start_ms
		FROM meeting_occurrences o JOIN meeting_sizes s USING (occurrence)
		WHERE NOT o.cancelled AND ($includeAllDay OR NOT o.all_day)
			AND o.start_ms >= $from AND o.start_ms < $to AND s.n BETWEEN 2 AND $maxAttendees),
	organizers AS (
		SELECT c.canonical AS occurrence, min(r.person) AS organizer
		FROM occurrence_attendance a JOIN occurrence_copies c USING (occurrence)
		JOIN resolved_identities r USING (identity)
		WHERE a.organizer AND c.current GROUP BY 1),
	-- Without an organizer, a shared title alone ("Lunch", "1:1") says too little to make a series.
	keyed AS (
		SELECT k.occurrence, k.attendees_of, k.start_ms, k.title, g.organizer, k.recurring AS by_uid,
			CASE WHEN k.recurring THEN k.uid
				ELSE lower(regexp_replace(trim(k.title), '\\s+', ' ', 'g')) || chr(10) || g.organizer
			END AS series
		FROM kept k LEFT JOIN organizers g USING (occurrence)
		WHERE k.recurring OR (g.organizer IS NOT NULL AND trim(k.title) <> '')),
	gaps AS (
		SELECT *, start_ms - lag(start_ms) OVER (PARTITION BY by_uid, series ORDER BY start_ms) AS gap_ms
		FROM keyed),
	series AS (
		SELECT by_uid, series, count(*)::INTEGER AS occurrences, arg_max(title, start_ms) AS title,
			arg_max(organizer, start_ms) AS organizer, median(gap_ms) / ${DAY_MS} AS typical_gap_days
		FROM gaps GROUP BY by_uid, series HAVING count(*) >= 3),
	cadenced AS (
		SELECT *, CASE
				WHEN typical_gap_days BETWEEN 6 AND 8 THEN 'weekly'
				WHEN typical_gap_days BETWEEN 13 AND 15 THEN 'fortnightly'
				WHEN typical_gap_days BETWEEN 27 AND 35 THEN 'monthly'
				ELSE 'irregular' END AS cadence
		FROM series),
	qualified AS (SELECT * FROM cadenced WHERE by_uid OR cadence IN ('weekly', 'fortnightly')),
	present AS (
		SELECT occurrence, number FROM meeting_presence
		WHERE NOT declined AND ($includeUnlisted OR listed)),
	attended AS (
		SELECT k.by_uid, k.series, p.number, count(*) AS meetings
		FROM keyed k SEMI JOIN qualified q USING (by_uid, series) JOIN present p ON p.occurrence = k.attendees_of
		GROUP BY 1, 2, 3),
	-- Series whose regulars are in fewer than three of the roster's teams stop here, so a calendar of a million
	-- meetings does not send them all to JS; the teams as the network has them are counted there.
	regulars AS (
		SELECT a.by_uid, a.series, list(DISTINCT m.person ORDER BY m.person) AS members
		FROM attended a JOIN qualified q USING (by_uid, series) JOIN meeting_people m USING (number)
		LEFT JOIN roster r ON r.id = m.person
		WHERE 2 * a.meetings >= q.occurrences
		GROUP BY 1, 2
		HAVING count(DISTINCT r.team) FILTER (WHERE r.team NOT IN ($externalTeam, $unknownTeam)) >= ${MIN_TEAMS}),
	turnout AS (SELECT occurrence, count(*)::INTEGER AS attendees FROM present GROUP BY 1),
	-- Two parallel lists rather than a list of structs: the db layer converts lists of plain values only.
	attendance AS (
		SELECT by_uid, series, list(k.start_ms::DOUBLE ORDER BY k.start_ms) AS starts,
			list(coalesce(h.attendees, 0) ORDER BY k.start_ms) AS headcounts
		FROM keyed k JOIN regulars USING (by_uid, series) LEFT JOIN turnout h ON h.occurrence = k.attendees_of
		GROUP BY 1, 2)
	SELECT q.title, q.cadence, q.occurrences, q.organizer, r.members, a.starts, a.headcounts
	FROM qualified q JOIN regulars r USING (by_uid, series) JOIN attendance a USING (by_uid, series)
	ORDER BY q.title, q.series`;

interface SeriesRow extends Omit<PracticeCommunity, 'teams' | 'attendance'> {
	starts: number[];
	headcounts: number[];
}

/**
 * Recurring series whose regular attendees come from three or more teams, most teams first, then most members,
 * then by title. `teamOf` maps person ids to teams as the analysed network has them; anyone missing is ignored.
 */
export async function loadPracticeCommunities(
	db: Queryable,
	settings: NetworkSettings,
	teamOf: ReadonlyMap<string, string>
): Promise<PracticeCommunity[]> {
	// A community joins three teams of the network: with fewer, the query (a second for 100k meetings) finds none.
	if (new Set(teamOf.values()).size < MIN_TEAMS) return [];
	await ensureSchema(db);
	const [sql, params] = bindNamed(SERIES_SQL, {
		...settingValues(settings),
		externalTeam: EXTERNAL_TEAM,
		unknownTeam: UNKNOWN_TEAM
	});
	const communities: PracticeCommunity[] = [];
	for (const series of await db.query<SeriesRow>(sql, params)) {
		const members = series.members.filter((id) => teamOf.has(id));
		const teams: Record<string, number> = {};
		for (const team of members.flatMap((id) => teamOf.get(id) ?? []).sort())
			teams[team] = (teams[team] ?? 0) + 1;
		if (Object.keys(teams).length < MIN_TEAMS) continue;
		const { title, cadence, occurrences, organizer, starts, headcounts } = series;
		const attendance = starts.map((start, i) => ({ start, attendees: headcounts[i] }));
		communities.push({ title, cadence, occurrences, members, teams, organizer, attendance });
	}
	const teamCount = (community: PracticeCommunity) => Object.keys(community.teams).length;
	return communities.sort(
		(a, b) =>
			teamCount(b) - teamCount(a) ||
			b.members.length - a.members.length ||
			a.title.localeCompare(b.title)
	);
}

/** Person id to team for people in formal teams: External and Unknown are not teams a community connects. */
export function formalTeams(people: readonly Person[]): Map<string, string> {
	return new Map(
		people
			.filter((person) => person.team !== EXTERNAL_TEAM && person.team !== UNKNOWN_TEAM)
			.map((person) => [person.id, person.team])
	);
}
