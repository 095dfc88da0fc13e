// Plants a change over the quarter, for the Change view to find: from week 7 a new circle joins two teams, one person
// drifts to the edge, and a few newcomers join during the quarter.
import { dayStart, isoDate, WEEKS } from './calendar';
import type { Company, TeamStructure } from './people';
import type { Rng } from './random';
import { everyWeek, type Scheduler } from './schedule';
import type { DemoMeeting, DemoPlanted, DemoPlantedChange } from './types';

/** Week 7 of the quarter (0-based 6): Monday 2026-02-16. */
export const CHANGE_WEEK = 6;
export const PRACTICE_CIRCLE = 'Mobile & Design accessibility circle';
const CIRCLE_TEAMS = ['Mobile', 'Design'] as const;
const CIRCLE_SEATS = 4;
/** Newcomers start on these weeks' Mondays, one from each team (none the silo or the brokered team). */
const NEWCOMERS: readonly (readonly [string, number])[] = [
	['Engineering Platform', 2],
	['Product', 4],
	['Sales', 6]
];
/** Where the drifter may come from: teams with no other part in the plant. */
const DRIFTER_TEAMS = ['Marketing', 'Finance', 'People & Culture', 'Engineering Platform'];

function structure(company: Company, name: string): TeamStructure {
	const found = company.teams.find((team) => team.spec.name === name);
	if (!found) throw new Error(`No demo team called ${name}`);
	return found;
}

/** Whether `id` can leave `meeting` without leaving a project or session short of the people or teams it is
 * described with (see generate.test.ts); the guild and the all-hands are never left. */
function canLeave(company: Company, meeting: DemoMeeting, id: string): boolean {
	if (meeting.kind === 'community-of-practice' || meeting.kind === 'all-hands') return false;
	const rest = meeting.attendees.filter((other) => other !== id);
	const teams = new Set(rest.map((other) => company.byId.get(other)?.team)).size;
	if (meeting.kind === 'project') return rest.length >= 4 && teams >= 2;
	if (meeting.kind === 'one-off') return rest.length >= 3 && teams >= 2;
	return true;
}

/** Meetings in [from, to) that `id` could not leave, of the meetings `theirs` they attend: the fewer, the cleaner. */
function stuck(
	company: Company,
	theirs: readonly DemoMeeting[],
	id: string,
	from: number,
	to: number
) {
	return theirs.filter((meeting) => {
		const start = Date.parse(meeting.start);
		return (
			start >= from && start < to && meeting.kind !== 'all-hands' && !canLeave(company, meeting, id)
		);
	}).length;
}

/** People with no reports, not relied on by the rest of the plant. */
function candidates(company: Company, team: string, taken: ReadonlySet<string>): string[] {
	const managers = new Set(
		company.teams.flatMap((t) => [t.lead, ...t.squads.map((squad) => squad.manager)])
	);
	return structure(company, team).members.filter((id) => !managers.has(id) && !taken.has(id));
}

/**
 * Adds the circle to the schedule and changes the meetings in place: call after every other series is booked, so
 * the draws made before stay as they were. `taken` are the people the rest of the plant relies on.
 */
export function plantChange(
	rng: Rng,
	company: Company,
	planted: DemoPlanted,
	scheduler: Scheduler
): DemoPlantedChange {
	const taken = new Set([...planted.isolated, ...planted.brokers]);
	const changeStart = dayStart(CHANGE_WEEK, 0);
	const quarterEnd = dayStart(WEEKS, 0);
	const meetings = scheduler.meetings;
	// Each person's meetings, all-hands aside: looked through for every candidate below.
	const meetingsOf = new Map<string, DemoMeeting[]>();
	for (const meeting of meetings) {
		if (meeting.kind === 'all-hands') continue;
		for (const id of meeting.attendees) {
			const list = meetingsOf.get(id);
			if (list) list.push(meeting);
			else meetingsOf.set(id, [meeting]);
		}
	}
	const theirs = (id: string) => meetingsOf.get(id) ?? [];

	// The drifter: someone who can leave every meeting from week 7 on, meeting most people across teams before.
	const crossTeamMeetings = (id: string) =>
		theirs(id).filter(
			(m) =>
				m.attendees.length <= 25 &&
				m.attendees.some((other) => company.byId.get(other)?.team !== company.byId.get(id)?.team)
		).length;
	const drifting = DRIFTER_TEAMS.flatMap((team) => candidates(company, team, taken))
		.map((id) => ({
			id,
			stuck: stuck(company, theirs(id), id, changeStart, quarterEnd),
			crossing: crossTeamMeetings(id)
		}))
		.sort((x, y) => x.stuck - y.stuck || y.crossing - x.crossing || x.id.localeCompare(y.id))[0].id;
	taken.add(drifting);

	const newcomers = NEWCOMERS.map(([teamName, week]) => {
		const start = dayStart(week, 0);
		const free = candidates(company, teamName, taken).filter(
			(id) => stuck(company, theirs(id), id, dayStart(0, 0), start) === 0
		);
		const id = rng.pick(free.length > 0 ? free : candidates(company, teamName, taken));
		taken.add(id);
		const person = company.byId.get(id);
		if (person) person.startDate = isoDate(start);
		return { id, start };
	});

	const manager = (id: string) =>
		company.teams
			.flatMap((team) => team.squads)
			.find((squad) => squad.members.slice(1).includes(id))?.manager;
	const drifterManager = manager(drifting);
	const leaving = [drifting, ...newcomers.map((newcomer) => newcomer.id)];
	for (const meeting of meetings) {
		if (meeting.kind === 'all-hands') continue;
		const start = Date.parse(meeting.start);
		const leaves = (id: string) =>
			meeting.attendees.includes(id) &&
			((id === drifting &&
				start >= changeStart &&
				!(meeting.kind === 'one-to-one' && meeting.attendees.includes(drifterManager ?? ''))) ||
				newcomers.some((newcomer) => newcomer.id === id && start < newcomer.start)) &&
			canLeave(company, meeting, id);
		for (const id of leaving) {
			if (leaves(id)) meeting.attendees = meeting.attendees.filter((other) => other !== id);
		}
	}
	// A meeting left with one person is no meeting.
	const kept = meetings.filter((meeting) => meeting.attendees.length >= 2);
	meetings.splice(0, meetings.length, ...kept);

	const members = CIRCLE_TEAMS.flatMap((teamName) =>
		rng.sample(
			structure(company, teamName).members.filter((id) => !taken.has(id)),
			CIRCLE_SEATS
		)
	);
	scheduler.add({
		key: 'mobile-design-circle',
		title: PRACTICE_CIRCLE,
		// A working group of two teams: the demo's 'community-of-practice' kind is the company-wide guild.
		kind: 'project',
		organizer: members[0],
		attendees: members,
		weeks: everyWeek().filter((week) => week >= CHANGE_WEEK && week < WEEKS),
		dayPatterns: [[1], [2], [3]],
		minutes: 60
	});

	return {
		startDate: isoDate(changeStart),
		practiceCircle: PRACTICE_CIRCLE,
		practiceTeams: [...CIRCLE_TEAMS],
		practiceMembers: members,
		drifting,
		newcomers: newcomers.map((newcomer) => newcomer.id)
	};
}
