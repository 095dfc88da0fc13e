// SQL fragments shared by the weekly timeline and the newcomers' figures: dated meetings and interactions, no window.
import { WEEK_MS } from './periods';

/** The Monday (UTC epoch ms) of the week holding `ms`, in SQL; integer arithmetic only, so no time-zone extension loads. */
export function weekOf(ms: string): string {
	return `(${ms} - (((${ms} - 345600000) % ${WEEK_MS}) + ${WEEK_MS}) % ${WEEK_MS})`;
}

/** CTEs `kept` (meetings that count as the network's do: not cancelled, size cap, all-day switch; any date; with the
 * occurrence whose meeting_presence is theirs, `attendees_of`) and
 * `timed_interactions` (interaction rows with a time), each with its start and week; `$` settings are bound. */
export const KEPT_SQL = `
	kept AS (
		SELECT o.occurrence, s.attendees_of, o.start_ms AS at_ms, ${weekOf('o.start_ms')} AS week
		FROM meeting_occurrences o JOIN meeting_sizes s USING (occurrence)
		WHERE NOT o.cancelled AND ($includeAllDay OR NOT o.all_day) AND s.n BETWEEN 2 AND $maxAttendees),
	timed_interactions AS (
		SELECT a, b, at_ms, ${weekOf('at_ms')} AS week FROM interaction_pairs
		WHERE at_ms IS NOT NULL AND a <> b AND ($includeUnlisted OR (a_listed AND b_listed)))`;

/** After KEPT_SQL: CTE `partners`, one row per person, someone they met or interacted with, and when. */
export const PARTNERS_SQL = `
	present AS (
		SELECT occurrence, number FROM meeting_presence WHERE NOT declined AND ($includeUnlisted OR listed)),
	partners AS (
		SELECT mp.person AS id, k.at_ms, k.week, mq.person AS partner
		FROM kept k JOIN present a ON a.occurrence = k.attendees_of JOIN present b ON b.occurrence = k.attendees_of
		JOIN meeting_people mp ON mp.number = a.number JOIN meeting_people mq ON mq.number = b.number
		WHERE a.number <> b.number
		UNION ALL SELECT a, at_ms, week, b FROM timed_interactions
		UNION ALL SELECT b, at_ms, week, a FROM timed_interactions)`;
