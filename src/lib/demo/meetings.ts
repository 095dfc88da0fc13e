// Lays out the quarter's meetings: all-hands, leadership, guild, team rhythms, projects, one-to-ones,
// and the one-off sessions and mentoring that tie most people to someone outside their team.
import { firstThursdays, WEEKS } from './calendar';
import { plantChange } from './change';
import { CrossTeamPicker } from './crossTeam';
import { reportingLines, type Company } from './people';
import type { Rng } from './random';
import { everyWeek, EVERY_WEEKDAY, fortnightly, Scheduler, type SeriesRequest } from './schedule';
import type { DemoMeeting, DemoPlanted } from './types';

const STAND_UP_STARTS = [9 * 60 + 15, 9 * 60 + 30, 9 * 60 + 45, 10 * 60];

function slug(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

export function generateMeetings(rng: Rng, company: Company, planted: DemoPlanted): DemoMeeting[] {
	const scheduler = new Scheduler(rng);
	let seriesCount = 0;
	const add = (series: Omit<SeriesRequest, 'key'>) =>
		scheduler.add({ ...series, key: `${slug(series.title)}-${++seriesCount}` });

	// The planted isolated and near-isolated people skip every group meeting but the all-hands.
	const quiet = new Set(planted.isolated);
	const present = (ids: readonly string[]) => ids.filter((id) => !quiet.has(id));
	const firstName = (id: string) => company.byId.get(id)?.name.split(' ')[0] ?? id;
	const teamLead = (name: string) => company.teams.find((team) => team.spec.name === name)?.lead;

	// Fixed points first, so everything else is booked around them.
	add({
		title: 'Northwind all-hands',
		kind: 'all-hands',
		organizer: teamLead('People & Culture') ?? company.people[0].id,
		attendees: company.people.map((person) => person.id),
		weeks: firstThursdays().map(([week]) => week),
		dayPatterns: [[3]],
		starts: [16 * 60],
		minutes: 60
	});

	const leaders = company.teams.filter((team) => team.spec.leadership).map((team) => team.lead);
	add({
		title: 'Leadership team',
		kind: 'team',
		organizer: leaders[0],
		attendees: leaders,
		weeks: everyWeek(),
		dayPatterns: [[0]],
		starts: [10 * 60, 14 * 60],
		minutes: 60
	});

	const picker = new CrossTeamPicker(rng, company, planted, quiet);
	const guild = picker.guild();
	add({
		title: guild.title,
		kind: 'community-of-practice',
		organizer: guild.members[0],
		attendees: guild.members,
		weeks: everyWeek(),
		dayPatterns: [[3]],
		minutes: 60
	});

	for (const team of company.teams) {
		const { spec } = team;
		for (const squad of team.squads) {
			const name = team.split ? `${spec.name}: ${squad.name}` : spec.name;
			const members = team.split ? present(squad.members) : present(team.members);
			if (spec.standUpDays.length > 0) {
				add({
					title: `${name} stand-up`,
					kind: 'stand-up',
					organizer: squad.manager,
					attendees: members,
					weeks: everyWeek(),
					dayPatterns: [[...spec.standUpDays]],
					starts: STAND_UP_STARTS,
					minutes: 15
				});
			}
			add({
				title: `${name} weekly`,
				kind: 'team',
				organizer: squad.manager,
				attendees: members,
				weeks: everyWeek(),
				dayPatterns: EVERY_WEEKDAY,
				minutes: team.split ? 45 : 60
			});
		}
		if (!team.split) continue;
		// Two people from each squad meet the lead every week, so squads do not hang off their managers alone.
		const forum = team.squads.flatMap((squad) => rng.sample(present(squad.members.slice(1)), 2));
		add({
			title: `${spec.name}: ${spec.forum}`,
			kind: 'team',
			organizer: team.lead,
			attendees: [team.lead, ...forum],
			weeks: everyWeek(),
			dayPatterns: EVERY_WEEKDAY,
			minutes: 45
		});
		add({
			title: `${spec.name} leads sync`,
			kind: 'team',
			organizer: team.lead,
			attendees: [team.lead, ...team.squads.map((squad) => squad.manager)],
			weeks: everyWeek(),
			dayPatterns: EVERY_WEEKDAY,
			minutes: 45
		});
		// Big teams meet as a whole only every other week; above 25 people it is a broadcast.
		add({
			title: `${spec.name} team meeting`,
			kind: 'team',
			organizer: team.lead,
			attendees: present(team.members),
			weeks: fortnightly(rng.int(0, 1)),
			dayPatterns: EVERY_WEEKDAY,
			minutes: 60
		});
	}

	for (const project of picker.projects()) {
		const first = rng.int(0, 5);
		const length = rng.int(5, 10);
		add({
			title: `${project.title} sync`,
			kind: 'project',
			organizer: project.members[0],
			attendees: project.members,
			weeks: everyWeek().filter((week) => week >= first && week < first + length),
			dayPatterns: EVERY_WEEKDAY,
			minutes: rng.pick([45, 60])
		});
	}

	for (const { manager, report, team } of reportingLines(company)) {
		if (planted.withoutTies.includes(report)) continue;
		// Leads of split teams see their squad managers weekly; everyone else follows the team's habit.
		const weekly = (team.split && manager === team.lead) || team.spec.oneToOnes === 'weekly';
		add({
			title: `${firstName(manager)} / ${firstName(report)} 1:1`,
			kind: 'one-to-one',
			organizer: manager,
			attendees: [manager, report],
			weeks: weekly ? everyWeek() : fortnightly(rng.int(0, 1)),
			dayPatterns: EVERY_WEEKDAY,
			minutes: weekly ? 30 : 45
		});
	}

	// Mentoring pairs meet every other week; one-off sessions fit around everything else.
	const sessions = picker.sessions();
	for (const [mentor, mentee] of picker.mentoring()) {
		add({
			title: `${firstName(mentor)} / ${firstName(mentee)} mentoring`,
			kind: 'one-to-one',
			organizer: mentor,
			attendees: [mentor, mentee],
			weeks: fortnightly(rng.int(0, 1)).filter((week) => week >= 1),
			dayPatterns: EVERY_WEEKDAY,
			minutes: 30
		});
	}

	for (const session of sessions) {
		add({
			title: session.title,
			kind: 'one-off',
			organizer: session.members[0],
			attendees: session.members,
			weeks: [rng.int(0, WEEKS - 1)],
			dayPatterns: EVERY_WEEKDAY,
			minutes: session.minutes
		});
	}

	planted.change = plantChange(rng, company, planted, scheduler);
	return scheduler.meetings.sort(
		(a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid)
	);
}
