// Writes the demo's meetings as one iCalendar file shaped like a Google Calendar export, weekly series as RRULEs.
import { icsBasic, icsDocument, icsParam, icsText } from './exportIcal';
import type { DemoMeeting, DemoOrganisation, DemoPerson } from './types';

const TZID = 'Europe/London';
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
/** Fixed rather than the moment of export, so one demo always gives the same bytes. */
const DTSTAMP = '20260404T000000Z';

/** Europe/London as Google writes it: GMT in winter, BST from the last Sunday of March to that of October. */
const VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${TZID}`,
	`X-LIC-LOCATION:${TZID}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0000',
	'TZOFFSETTO:+0100',
	'TZNAME:BST',
	'DTSTART:19700329T010000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0000',
	'TZNAME:GMT',
	'DTSTART:19701025T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
];

/** 01:00 UTC on the last Sunday of a month (0-based): the instant UK clocks change, both ways. */
function clockChange(year: number, month: number): number {
	const lastDay = new Date(Date.UTC(year, month + 1, 0));
	return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** A UTC instant → what a London clock reads then, as epoch ms of that reading taken as UTC. */
function londonWallClock(iso: string): number {
	const ms = Date.parse(iso);
	const year = new Date(ms).getUTCFullYear();
	const summer = ms >= clockChange(year, 2) && ms < clockChange(year, 9);
	return summer ? ms + HOUR : ms;
}

interface Occurrence {
	meeting: DemoMeeting;
	localStart: number;
	localEnd: number;
}

/** One VEVENT: weekly occurrences from the first, the weeks in `skipped` (London wall-clock starts) left out. */
interface Run {
	occurrences: Occurrence[];
	skipped: number[];
}

/** Occurrences that may share a VEVENT: same meeting, weekday, London wall-clock time and length. */
function seriesKey({ meeting, localStart, localEnd }: Occurrence): string {
	// An instant modulo a week is its weekday and time of day, whatever the week.
	const slotInWeek = localStart % WEEK;
	const attendees = [...meeting.attendees].sort().join(' ');
	return [meeting.title, meeting.organizer, attendees, slotInWeek, localEnd - localStart].join(
		'\0'
	);
}

/** Splits one key's occurrences, sorted by start, into weekly runs. */
function weeklyRuns(occurrences: readonly Occurrence[]): Run[] {
	const runs: Run[] = [];
	for (const occurrence of occurrences) {
		const run = runs[runs.length - 1];
		const last = run?.occurrences[run.occurrences.length - 1];
		if (last && occurrence.localStart - last.localStart === WEEK) run.occurrences.push(occurrence);
		else runs.push({ occurrences: [occurrence], skipped: [] });
	}
	// One missing week between two runs is a series with an EXDATE; a lone meeting either side is
	// not, so fortnightly meetings stay single events rather than weekly ones with every other week out.
	const joined: Run[] = [];
	for (const run of runs) {
		const before = joined[joined.length - 1];
		const last = before?.occurrences[before.occurrences.length - 1];
		const oneWeekOut = last && run.occurrences[0].localStart - last.localStart === 2 * WEEK;
		if (oneWeekOut && before.occurrences.length >= 2 && run.occurrences.length >= 2) {
			before.skipped.push(last.localStart + WEEK);
			before.occurrences.push(...run.occurrences);
		} else joined.push(run);
	}
	return joined;
}

function eventLines(run: Run, people: ReadonlyMap<string, DemoPerson>): string[] {
	const [{ meeting, localStart, localEnd }] = run.occurrences;
	const person = (id: string) => people.get(id) ?? { name: id, email: id };
	const organizer = person(meeting.organizer);
	const count = run.occurrences.length + run.skipped.length;
	return [
		'BEGIN:VEVENT',
		`DTSTART;TZID=${TZID}:${icsBasic(localStart)}`,
		`DTEND;TZID=${TZID}:${icsBasic(localEnd)}`,
		...(count > 1 ? [`RRULE:FREQ=WEEKLY;COUNT=${count}`] : []),
		...run.skipped.map((start) => `EXDATE;TZID=${TZID}:${icsBasic(start)}`),
		`DTSTAMP:${DTSTAMP}`,
		`ORGANIZER;CN=${icsParam(organizer.name)}:mailto:${organizer.email}`,
		`UID:${meeting.uid}`,
		// Everyone accepted, so ties read back from this file are exactly the demo's interactions.
		...meeting.attendees.map((id) => {
			const { name, email } = person(id);
			return `ATTENDEE;CN=${icsParam(name)};PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:${email}`;
		}),
		'SEQUENCE:0',
		'STATUS:CONFIRMED',
		`SUMMARY:${icsText(meeting.title)}`,
		'TRANSP:OPAQUE',
		'END:VEVENT'
	];
}

/**
 * The demo's meetings as an iCalendar file, times on London clocks like a UK Google Calendar export.
 * Weekly repeats become one VEVENT with an RRULE; a series breaks where BST moves its London time.
 */
export function demoIcs(org: DemoOrganisation): string {
	const people = new Map(org.people.map((person) => [person.id, person]));
	const groups = new Map<string, Occurrence[]>();
	for (const meeting of org.meetings) {
		const occurrence = {
			meeting,
			localStart: londonWallClock(meeting.start),
			localEnd: londonWallClock(meeting.end)
		};
		const key = seriesKey(occurrence);
		const group = groups.get(key);
		if (group) group.push(occurrence);
		else groups.set(key, [occurrence]);
	}
	const runs = [...groups.values()].flatMap((group) =>
		weeklyRuns(group.sort((a, b) => a.localStart - b.localStart))
	);
	const firstMeeting = (run: Run) => run.occurrences[0].meeting;
	runs.sort(
		(a, b) =>
			firstMeeting(a).start.localeCompare(firstMeeting(b).start) ||
			firstMeeting(a).uid.localeCompare(firstMeeting(b).uid)
	);
	const company = org.domain.split('.')[0];
	return icsDocument([
		'BEGIN:VCALENDAR',
		'PRODID:-//Weft//Demo calendar//EN',
		'VERSION:2.0',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${icsText(company.charAt(0).toUpperCase() + company.slice(1))} meetings`,
		`X-WR-TIMEZONE:${TZID}`,
		...VTIMEZONE,
		...runs.flatMap((run) => eventLines(run, people)),
		'END:VCALENDAR'
	]);
}
