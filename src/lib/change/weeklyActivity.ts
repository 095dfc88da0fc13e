// Activity week by week, for the timeline and the sparklines: meetings, interactions, the share that crosses teams.
import { bindNamed } from '../db/sql';
import type { Queryable } from '../db/types';
import { settingValues, type NetworkSettings } from '../graph/settings';
import { ensureSchema } from '../ingest/schema';
import { KEPT_SQL, PARTNERS_SQL } from './activitySql';
import { WEEK_MS } from './periods';

const WEEKLY_SQL = `
	WITH ${KEPT_SQL},
	present AS (
		SELECT p.occurrence, p.number, r.team FROM meeting_presence p
		JOIN meeting_people m USING (number) LEFT JOIN roster r ON r.id = m.person
		WHERE NOT p.declined AND ($includeUnlisted OR p.listed)),
	meeting_weeks AS (SELECT week, count(*) AS meetings FROM kept GROUP BY week),
	meeting_pairs AS (
		SELECT k.week, count(*) FILTER (WHERE a.team IS NOT NULL AND b.team IS NOT NULL) AS known,
			count(*) FILTER (WHERE a.team <> b.team) AS crossing
		FROM kept k JOIN present a ON a.occurrence = k.attendees_of JOIN present b ON b.occurrence = k.attendees_of
		WHERE a.number < b.number GROUP BY 1),
	interaction_weeks AS (
		SELECT i.week, count(*) AS interactions,
			count(*) FILTER (WHERE ra.team IS NOT NULL AND rb.team IS NOT NULL) AS known,
			count(*) FILTER (WHERE ra.team <> rb.team) AS crossing
		FROM timed_interactions i LEFT JOIN roster ra ON ra.id = i.a LEFT JOIN roster rb ON rb.id = i.b
		GROUP BY 1),
	weeks AS (
		SELECT week FROM meeting_weeks UNION SELECT week FROM interaction_weeks)
	SELECT w.week::DOUBLE AS week, coalesce(m.meetings, 0)::INTEGER AS meetings,
		coalesce(i.interactions, 0)::INTEGER AS interactions,
		(coalesce(p.known, 0) + coalesce(i.known, 0))::INTEGER AS known,
		(coalesce(p.crossing, 0) + coalesce(i.crossing, 0))::INTEGER AS crossing
	FROM weeks w LEFT JOIN meeting_weeks m USING (week) LEFT JOIN meeting_pairs p USING (week)
	LEFT JOIN interaction_weeks i USING (week)
	ORDER BY w.week`;

export interface WeekActivity {
	/** Monday 00:00 UTC, epoch ms. */
	week: number;
	/** Calendar meetings that count, started this week. */
	meetings: number;
	/** Timestamped interaction rows this week. */
	interactions: number;
	/** Of the pairs who met or interacted (a meeting of n counts its n(n-1)/2 pairs), those in two different teams,
	 * over those whose teams are both known; null without any such pair. */
	crossTeamShare: number | null;
}

/** Every week from the first to the last with activity, empty weeks included (as zeros) so the timeline has no gaps. */
export async function weeklyActivity(
	db: Queryable,
	settings: NetworkSettings
): Promise<WeekActivity[]> {
	await ensureSchema(db);
	const [sql, params] = bindNamed(WEEKLY_SQL, settingValues(settings));
	const rows = await db.query<{
		week: number;
		meetings: number;
		interactions: number;
		known: number;
		crossing: number;
	}>(sql, params);
	if (rows.length === 0) return [];
	const byWeek = new Map(rows.map((row) => [row.week, row]));
	const weeks: WeekActivity[] = [];
	for (let week = rows[0].week; week <= rows[rows.length - 1].week; week += WEEK_MS) {
		const row = byWeek.get(week);
		weeks.push({
			week,
			meetings: row?.meetings ?? 0,
			interactions: row?.interactions ?? 0,
			crossTeamShare: row && row.known > 0 ? row.crossing / row.known : null
		});
	}
	return weeks;
}

/** The ids are bound, one placeholder each; filtering before grouping keeps this fast at 100k meetings. */
const weeklyPartnersSql = (ids: number) => `
	WITH ${KEPT_SQL},
	${PARTNERS_SQL}
	SELECT id, week::DOUBLE AS week, count(DISTINCT partner)::INTEGER AS partners
	FROM partners WHERE id IN (${Array(ids).fill('?').join(', ')}) GROUP BY 1, 2`;

/**
 * How many different people each person met or interacted with, week by week over `weeks` (Mondays, as
 * weeklyActivity gives them): zeros where they met nobody. Only the people asked for, to keep the answer small.
 */
export async function weeklyPartners(
	db: Queryable,
	settings: NetworkSettings,
	weeks: readonly number[],
	ids: Iterable<string>
): Promise<Map<string, number[]>> {
	await ensureSchema(db);
	const wanted = new Set(ids);
	const result = new Map<string, number[]>();
	for (const id of wanted)
		result.set(
			id,
			weeks.map(() => 0)
		);
	if (wanted.size === 0 || weeks.length === 0) return result;
	const position = new Map(weeks.map((week, index) => [week, index]));
	const [sql, params] = bindNamed(weeklyPartnersSql(wanted.size), settingValues(settings));
	const rows = await db.query<{ id: string; week: number; partners: number }>(sql, [
		...params,
		...wanted
	]);
	for (const row of rows) {
		const series = result.get(row.id);
		const index = position.get(row.week);
		if (series && index !== undefined) series[index] = row.partners;
	}
	return result;
}
