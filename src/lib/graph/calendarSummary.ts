// How many calendar occurrences each file gave, and how many were left out and why, under the current settings.
import { bindNamed } from '../db/sql';
import type { Queryable } from '../db/types';
import { ensureSchema } from '../ingest/schema';
import { settingValues, type NetworkSettings } from './settings';

export interface CalendarFileSummary {
	file: string;
	/** Event definitions read, before recurring ones were expanded. */
	events: number;
	/** Occurrences after expansion, copies included. */
	occurrences: number;
	/** Already counted from another file (same UID and start). */
	duplicate: number;
	/**
	 * Older copies of a meeting that another copy holds newer (a higher SEQUENCE): of the occurrence, or of its whole
	 * series, whose newer copy may have moved, cut short or cancelled it.
	 */
	superseded: number;
	cancelled: number;
	outsideWindow: number;
	allDay: number;
	/** More attendees than the cap, after declines. */
	tooLarge: number;
	/** Fewer than two attendees after declines. */
	tooSmall: number;
	/** Occurrences that made ties. */
	counted: number;
	/**
	 * Attendances removed because the person declined, in occurrences that counted or were left with fewer than two
	 * by them: declines in a meeting left out for another reason (outside the window, say) changed nothing.
	 */
	declined: number;
	/**
	 * Counted occurrences that last no time (they end as they start: an event with neither DTEND nor DURATION is an
	 * instant), which add interactions but no minutes or weight.
	 */
	zeroLength: number;
	/** Time zones (TZIDs) the file named that neither it nor the platform defines: their times were read as UTC. */
	unknownZones: string[];
}

/** Each occurrence is left out for the first reason that applies, in the order of the columns. */
const SUMMARY_SQL = `
	WITH classified AS (
		SELECT o.source_file, coalesce(s.declines, 0) AS declines, o.end_ms = o.start_ms AS instant,
			CASE
				WHEN NOT c.current THEN 'superseded'
				WHEN c.canonical <> o.occurrence THEN 'duplicate'
				WHEN o.cancelled THEN 'cancelled'
				WHEN NOT (o.start_ms >= $from AND o.start_ms < $to) THEN 'outsideWindow'
				WHEN o.all_day AND NOT $includeAllDay THEN 'allDay'
				WHEN coalesce(s.n, 0) > $maxAttendees THEN 'tooLarge'
				WHEN coalesce(s.n, 0) < 2 THEN 'tooSmall'
				ELSE 'counted' END AS outcome
		FROM meeting_occurrences o JOIN occurrence_copies c USING (occurrence)
		LEFT JOIN meeting_sizes s ON s.occurrence = c.canonical)
	SELECT f.source_file AS file, f.events, count(outcome)::INTEGER AS occurrences,
		${[
			'superseded',
			'duplicate',
			'cancelled',
			'outsideWindow',
			'allDay',
			'tooLarge',
			'tooSmall',
			'counted'
		]
			.map((outcome) => `count(*) FILTER (WHERE outcome = '${outcome}')::INTEGER AS "${outcome}"`)
			.join(', ')},
		coalesce(sum(declines) FILTER (WHERE outcome IN ('counted', 'tooSmall')), 0)::INTEGER AS declined,
		count(*) FILTER (WHERE outcome = 'counted' AND instant)::INTEGER AS "zeroLength",
		coalesce(any_value(z.tzids), []) AS "unknownZones"
	FROM calendar_files f LEFT JOIN classified c ON c.source_file = f.source_file
	LEFT JOIN (SELECT source_file, list(tzid ORDER BY tzid) AS tzids FROM calendar_unknown_zones GROUP BY 1) z
		ON z.source_file = f.source_file
	GROUP BY f.source_file, f.events ORDER BY f.source_file`;

export async function calendarSummary(
	db: Queryable,
	settings: NetworkSettings
): Promise<CalendarFileSummary[]> {
	await ensureSchema(db);
	const [sql, params] = bindNamed(SUMMARY_SQL, settingValues(settings));
	return db.query<CalendarFileSummary>(sql, params);
}

/** The files' figures added up. */
export function totalSummary(
	files: readonly CalendarFileSummary[]
): Omit<CalendarFileSummary, 'file' | 'unknownZones'> {
	const total = {
		events: 0,
		occurrences: 0,
		superseded: 0,
		duplicate: 0,
		cancelled: 0,
		outsideWindow: 0,
		allDay: 0,
		tooLarge: 0,
		tooSmall: 0,
		counted: 0,
		declined: 0,
		zeroLength: 0
	};
	for (const file of files)
		for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += file[key];
	return total;
}

/** Files named in a warning before the rest are counted: a folder of exports often shares one custom zone. */
const FILES_NAMED = 3;

function fileList(files: readonly string[]): string {
	if (files.length === 1) return files[0];
	const named = files.slice(0, files.length > FILES_NAMED ? FILES_NAMED : -1).join(', ');
	const others = files.length - FILES_NAMED;
	return files.length > FILES_NAMED
		? `${named} and ${others} other ${others === 1 ? 'file' : 'files'}`
		: `${named} and ${files[files.length - 1]}`;
}

/** One sentence a time zone that nothing defines, with the files naming it. */
function unknownZoneWarnings(files: readonly CalendarFileSummary[]): string[] {
	const filesByZone = new Map<string, string[]>();
	for (const { file, unknownZones } of files)
		for (const tzid of unknownZones)
			filesByZone.set(tzid, [...(filesByZone.get(tzid) ?? []), file]);
	return [...filesByZone].map(
		([tzid, named]) =>
			`The time zone "${tzid}" in ${fileList(named)} is neither defined in ${named.length === 1 ? 'the file' : 'those files'} (no VTIMEZONE) nor an IANA or Windows zone name, so its times were read as UTC and may be hours off: export the calendar again with its time zones, or correct the TZID`
	);
}

/** The calendars that held no event at all (a list of to-dos, an empty export), which the network cannot show. */
function eventlessWarning(files: readonly CalendarFileSummary[]): string[] {
	const eventless = files.filter((file) => file.events === 0).map((file) => file.file);
	if (eventless.length === 0) return [];
	const one = eventless.length === 1;
	return [
		`${fileList(eventless)} ${one ? 'holds' : 'hold'} no events (to-dos only, or an empty calendar), so nothing from ${one ? 'it' : 'them'} can count: check that ${one ? 'it is the calendar' : 'they are the calendars'} you meant`
	];
}

/** Meetings that count but last no time, which tie people without minutes or weight. */
function zeroLengthWarning(files: readonly CalendarFileSummary[]): string[] {
	const named = files.filter((file) => file.zeroLength > 0);
	if (named.length === 0) return [];
	const count = named.reduce((n, file) => n + file.zeroLength, 0);
	const one = count === 1;
	return [
		`${count.toLocaleString('en-GB')} counted ${one ? 'meeting' : 'meetings'} in ${fileList(named.map((file) => file.file))} ${one ? 'has' : 'have'} no length (no end, or an end at the start), so ${one ? 'it adds' : 'they add'} interactions but no minutes or weight`
	];
}

/**
 * What to tell the user of calendars that were read but may not say what was meant: time zones nothing defines,
 * files without events, and meetings without length (the page shows these, the command writes them on stderr).
 */
export function calendarWarnings(files: readonly CalendarFileSummary[]): string[] {
	return [...unknownZoneWarnings(files), ...eventlessWarning(files), ...zeroLengthWarning(files)];
}

/** The first and last occurrence start in the workspace (UTC ms), or null without calendars: the range a window can take. */
export async function calendarSpan(db: Queryable): Promise<{ first: number; last: number } | null> {
	await ensureSchema(db);
	const [span] = await db.query<{ first: number | null; last: number | null }>(
		'SELECT min(start_ms)::DOUBLE AS first, max(start_ms)::DOUBLE AS last FROM meeting_occurrences'
	);
	return span.first === null || span.last === null ? null : { first: span.first, last: span.last };
}
