// Newcomers: people whose roster start date falls inside the data, with their ties after 4, 8 and 12 weeks against
// what everyone else had over their first weeks of the data.
import { bindNamed, sqlString } from '../db/sql';
import type { Queryable } from '../db/types';
import { settingValues, type NetworkSettings } from '../graph/settings';
import { ensureSchema } from '../ingest/schema';
import { KEPT_SQL, PARTNERS_SQL } from './activitySql';
import { WEEK_MS } from './periods';

export const NEWCOMER_DEFAULTS = {
	milestones: [4, 8, 12],
	/** Slow to integrate: at the latest milestone reached, fewer ties than this share of the organisation's median. */
	slowShare: 0.5
};

/** Roster columns read as a start date (lower case, spaces as underscores); values as YYYY-MM-DD. */
const START_COLUMNS = [
	'start_date',
	'startdate',
	'start',
	'hire_date',
	'hired',
	'joined',
	'joining_date'
];

/** Our own constants go into the text (quoted); no user value does. */
const sql = (milestones: readonly number[]) => `
	WITH ${KEPT_SQL},
	${PARTNERS_SQL},
	bounds AS (
		SELECT min(at_ms) AS first, max(at_ms) AS last FROM (
			SELECT at_ms FROM kept UNION ALL SELECT at_ms FROM timed_interactions)),
	starts AS (
		SELECT r.id, r.team, any_value(try_cast(trim(a.value) AS DATE) - DATE '1970-01-01')::BIGINT * 86400000 AS start_ms
		FROM roster r LEFT JOIN person_attributes a
			ON a.id = r.id AND replace(lower(trim(a.attribute)), ' ', '_') IN (${START_COLUMNS.map(sqlString).join(', ')})
		GROUP BY r.id, r.team),
	windows AS (
		SELECT s.id, s.team, m.weeks, s.start_ms IS NOT NULL AND s.start_ms >= b.first AND s.start_ms <= b.last AS newcomer,
			s.start_ms, CASE WHEN s.start_ms >= b.first AND s.start_ms <= b.last THEN s.start_ms ELSE b.first END AS from_ms
		FROM starts s, bounds b, (SELECT unnest([${milestones.join(', ')}]) AS weeks) m)
	SELECT w.id, w.weeks, w.newcomer, w.start_ms::DOUBLE AS start_ms, w.from_ms::DOUBLE AS from_ms,
		(SELECT last FROM bounds)::DOUBLE AS last,
		count(DISTINCT p.partner)::INTEGER AS ties,
		count(DISTINCT p.partner) FILTER (WHERE r.team IS NOT NULL AND r.team <> w.team)::INTEGER AS cross_team
	FROM windows w
	LEFT JOIN partners p ON p.id = w.id AND p.at_ms >= w.from_ms AND p.at_ms < w.from_ms + w.weeks::BIGINT * ${WEEK_MS}
	LEFT JOIN roster r ON r.id = p.partner
	GROUP BY ALL`;

export interface Milestone {
	weeks: number;
	/** Null when the data ends before the newcomer has been there this long. */
	ties: number | null;
	crossTeamTies: number | null;
}

export interface Newcomer {
	id: string;
	/** 'YYYY-MM-DD'. */
	startDate: string;
	milestones: Milestone[];
	/** At the latest milestone reached, fewer ties than `slowShare` of the organisation's median. */
	slow: boolean;
}

export interface NewcomerReport {
	newcomers: Newcomer[];
	/** Everyone else's median over their first `weeks` of the data, for comparison; null past the data's end. */
	medians: Milestone[];
}

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((x, y) => x - y);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Newcomers, earliest start first; none when the roster has no start date column or nobody started inside the data. */
export async function newcomerIntegration(
	db: Queryable,
	settings: NetworkSettings,
	options: Partial<typeof NEWCOMER_DEFAULTS> = {}
): Promise<NewcomerReport> {
	const { milestones, slowShare } = { ...NEWCOMER_DEFAULTS, ...options };
	await ensureSchema(db);
	if (!milestones.every((weeks) => Number.isInteger(weeks) && weeks > 0))
		throw new Error(
			`newcomerIntegration: milestones must be whole numbers of weeks, not ${milestones}`
		);
	const [text, params] = bindNamed(sql(milestones), settingValues(settings));
	const rows = await db.query<{
		id: string;
		weeks: number;
		newcomer: boolean;
		start_ms: number | null;
		from_ms: number;
		last: number | null;
		ties: number;
		cross_team: number;
	}>(text, params);
	// A milestone is reached when the data runs to its end: to the last dated activity's week.
	const reached = (row: (typeof rows)[number]) =>
		row.last !== null && row.from_ms + row.weeks * WEEK_MS <= row.last + WEEK_MS;
	const medians = milestones.map((weeks) => {
		const others = rows.filter((row) => !row.newcomer && row.weeks === weeks && reached(row));
		return {
			weeks,
			ties: median(others.map((row) => row.ties)),
			crossTeamTies: median(others.map((row) => row.cross_team))
		};
	});
	const byId = new Map<string, Newcomer>();
	for (const row of rows.filter((r) => r.newcomer).sort((x, y) => x.weeks - y.weeks)) {
		let newcomer = byId.get(row.id);
		if (!newcomer) {
			newcomer = {
				id: row.id,
				startDate: new Date(row.start_ms ?? 0).toISOString().slice(0, 10),
				milestones: [],
				slow: false
			};
			byId.set(row.id, newcomer);
		}
		const ok = reached(row);
		newcomer.milestones.push({
			weeks: row.weeks,
			ties: ok ? row.ties : null,
			crossTeamTies: ok ? row.cross_team : null
		});
	}
	for (const newcomer of byId.values()) {
		const latest = newcomer.milestones.findLastIndex((milestone) => milestone.ties !== null);
		const baseline = medians[latest]?.ties;
		newcomer.slow =
			latest >= 0 &&
			baseline !== null &&
			baseline !== undefined &&
			(newcomer.milestones[latest].ties ?? 0) < slowShare * baseline;
	}
	return {
		newcomers: [...byId.values()].sort(
			(x, y) => x.startDate.localeCompare(y.startDate) || x.id.localeCompare(y.id)
		),
		medians
	};
}
