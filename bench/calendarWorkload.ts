// A seeded synthetic iCalendar export for benchmarks: a quarter of team meetings, weekly series and one-offs.
import { randomLcg } from 'd3';
import { foldLine, icsParam, icsText, icsUtc } from '../src/lib/demo/exportIcal';

export interface CalendarWorkloadOptions {
	/** Occurrences wanted, series expanded; met exactly. */
	occurrences: number;
	/** Mean attendees per meeting, organizer included. */
	attendees: number;
	/** Share of occurrences that come from weekly series, in [0, 1]. */
	recurringShare: number;
	seed?: number;
}

export const WORKLOAD_WEEKS = 13;
export const WORKLOAD_PEOPLE = 2_000;
const TEAM_SIZE = 20;
const DOMAIN = 'bench.example';
const FIRST_MONDAY = Date.UTC(2026, 0, 5);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const DTSTAMP = 'DTSTAMP:20260404T000000Z';

// Accented names make CN values with multi-byte UTF-8, which line folding has to respect.
const FIRST_NAMES = (
	'Amelia Oliver Zoë Seán Priya Kwame Chloé Mateo Yuki Fatima ' +
	'Lars Ngozi José Hannah Wei Siobhán Arjun Léa Tomasz Aisha'
).split(' ');
const LAST_NAMES = (
	"Smith Okafor Müller García Nakamura Kowalski O'Brien Haddad Larsen " +
	'Chen Fernández Patel Dubois Mensah Novak Rossi Andersson Yılmaz'
).split(' ');
const TOPICS = ['sync', 'planning', 'design review', 'retro', 'Roadmap, risks; next steps'];
const LENGTHS = [30, 45, 60];
/** Mostly accepted, as in a real export; the rest exercise the other statuses a reader must handle. */
const STATUSES = [
	['ACCEPTED', 0.85],
	['TENTATIVE', 0.05],
	['DECLINED', 0.05],
	['NEEDS-ACTION', 0.05]
] as const;

function asciiKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ı/g, 'i')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

/**
 * An .ics of `occurrences` meeting occurrences over 13 weeks from Monday 2026-01-05, among 2,000
 * people in teams of 20: `recurringShare` of them as weekly series (COUNT=13), the rest single events.
 */
export function calendarWorkload(options: CalendarWorkloadOptions): {
	ics: string;
	people: string[];
} {
	const random = randomLcg(options.seed ?? 1);
	const int = (n: number) => Math.floor(random() * n);

	const people = Array.from({ length: WORKLOAD_PEOPLE }, (_, i) => {
		const first = FIRST_NAMES[int(FIRST_NAMES.length)];
		const last = LAST_NAMES[int(LAST_NAMES.length)];
		// The index keeps addresses unique, as names repeat in a population this size.
		return {
			name: `${first} ${last}`,
			email: `${asciiKey(first)}.${asciiKey(last)}.${i}@${DOMAIN}`
		};
	});
	// Each person's ORGANIZER and ATTENDEE lines are built and folded once, not once per meeting.
	const organizerLines = people
		.map((p) => `ORGANIZER;CN=${icsParam(p.name)}:mailto:${p.email}`)
		.map(foldLine);
	const attendeeLines = STATUSES.map(([status]) =>
		people
			.map(
				(p) =>
					`ATTENDEE;CN=${icsParam(p.name)};PARTSTAT=${status};ROLE=REQ-PARTICIPANT:mailto:${p.email}`
			)
			.map(foldLine)
	);
	const status = () => {
		let draw = random();
		for (let s = 0; s < STATUSES.length - 1; s++) {
			draw -= STATUSES[s][1];
			if (draw < 0) return s;
		}
		return STATUSES.length - 1;
	};

	const teams = WORKLOAD_PEOPLE / TEAM_SIZE;
	const teamOrder = Array.from({ length: TEAM_SIZE }, (_, i) => i);
	/** Distinct person indices: about four in five from one team, the rest from its three partner teams, as in an organisation. */
	const attendeesOf = (team: number, count: number): number[] => {
		const fromTeam = Math.min(TEAM_SIZE, Math.max(1, Math.round(count * 0.8)));
		// A partial Fisher–Yates shuffle of the team draws its members without repeats.
		for (let i = 0; i < fromTeam; i++) {
			const j = i + int(TEAM_SIZE - i);
			[teamOrder[i], teamOrder[j]] = [teamOrder[j], teamOrder[i]];
		}
		const chosen = new Set(teamOrder.slice(0, fromTeam).map((member) => team * TEAM_SIZE + member));
		const partners = [1, 2, 7].map((step) => (team + step) % teams);
		while (chosen.size < count) chosen.add(partners[int(3)] * TEAM_SIZE + int(TEAM_SIZE));
		return [...chosen];
	};

	// Titles and times come from small sets, so each is written once and looked up after.
	const summaryLines = Array.from({ length: teams }, (_, team) =>
		TOPICS.map((topic) => foldLine(`SUMMARY:${icsText(`Team ${team + 1} ${topic}`)}`))
	).flat();
	const stamps = new Map<number, string>();
	const utc = (ms: number) => {
		let stamp = stamps.get(ms);
		if (stamp === undefined) stamps.set(ms, (stamp = icsUtc(ms)));
		return stamp;
	};

	const series = Math.floor((options.occurrences * options.recurringShare) / WORKLOAD_WEEKS);
	const singles = options.occurrences - series * WORKLOAD_WEEKS;
	const lines = ['BEGIN:VCALENDAR', 'PRODID:-//Weft//Calendar workload//EN', 'VERSION:2.0'];
	for (let event = 0; event < series + singles; event++) {
		const recurring = event < series;
		const team = int(teams);
		// Uniform over half to one and a half times the mean, at least two people.
		const count = Math.max(2, Math.round(options.attendees * (0.5 + random())));
		const members = attendeesOf(team, Math.min(count, WORKLOAD_PEOPLE));
		const week = recurring ? 0 : int(WORKLOAD_WEEKS);
		const start = FIRST_MONDAY + (week * 7 + int(5)) * DAY + (9 * 60 + 30 * int(16)) * MINUTE;
		const length = LENGTHS[int(LENGTHS.length)];
		const summary = summaryLines[team * TOPICS.length + int(TOPICS.length)];
		lines.push(
			'BEGIN:VEVENT',
			`UID:workload-${event}@${DOMAIN}`,
			DTSTAMP,
			`DTSTART:${utc(start)}`,
			`DTEND:${utc(start + length * MINUTE)}`
		);
		if (recurring) lines.push(`RRULE:FREQ=WEEKLY;COUNT=${WORKLOAD_WEEKS}`);
		lines.push(summary, organizerLines[members[0]]);
		// The organizer is listed as an attendee too, as Google and Outlook both do.
		lines.push(attendeeLines[0][members[0]]);
		for (let i = 1; i < members.length; i++) lines.push(attendeeLines[status()][members[i]]);
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	// Long lines were folded as they were made and the rest are short, so they only need joining.
	return { ics: lines.join('\r\n') + '\r\n', people: people.map((p) => p.email) };
}
