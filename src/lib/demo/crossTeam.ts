// Chooses who meets across teams: project groups, the community of practice, one-off sessions and mentoring.
import type { Company, TeamStructure } from './people';
import type { Rng } from './random';
import { BROKERED_TEAM, SILOED_TEAM } from './teams';
import type { DemoPlanted } from './types';

interface ProjectSpec {
	title: string;
	/** Two or three teams, the first leading; the brokered team is only ever represented by a broker. */
	teams: readonly string[];
	/** Which broker (index into `planted.brokers`) represents the brokered team, if it takes part. */
	broker?: number;
}

export const PROJECTS: readonly ProjectSpec[] = [
	{ title: 'Checkout redesign', teams: ['Product', 'Design', 'Engineering Platform'] },
	{ title: 'Mobile onboarding revamp', teams: ['Mobile', 'Design', 'Product'] },
	{ title: 'Partner API launch', teams: ['Engineering Platform', 'Sales', 'Product'] },
	{ title: 'SSO for enterprise customers', teams: ['Engineering Platform', 'Sales'] },
	{ title: 'Website relaunch', teams: ['Marketing', 'Design', 'Engineering Platform'] },
	{ title: 'App store campaign', teams: ['Mobile', 'Marketing'] },
	{ title: 'Brand refresh', teams: ['Marketing', 'Design'] },
	{ title: 'Enterprise deal desk', teams: ['Sales', 'Finance'] },
	{ title: 'FY26 budget planning', teams: ['Finance', 'People & Culture', 'Product'] },
	{
		title: 'Engineering hiring plan',
		teams: ['People & Culture', 'Engineering Platform', 'Mobile']
	},
	{ title: 'Expense tooling rollout', teams: ['Finance', 'Engineering Platform'] },
	{ title: 'Accessibility audit', teams: ['Design', 'Mobile'] },
	{ title: 'Performance review cycle', teams: ['People & Culture', 'Sales', 'Marketing'] },
	{ title: 'Design system', teams: ['Design', 'Engineering Platform', 'Mobile'] },
	{ title: 'Pricing page refresh', teams: ['Product', 'Marketing', 'Design'] },
	{ title: 'Payments reliability', teams: ['Engineering Platform', 'Product', 'Finance'] },
	{ title: 'Sales enablement', teams: ['Sales', 'Product', 'Marketing'] },
	{ title: 'Offline mode', teams: ['Mobile', 'Engineering Platform'] },
	{ title: 'Office move: Lisbon', teams: ['People & Culture', 'Finance'] },
	{ title: 'Self-serve billing', teams: ['Product', 'Engineering Platform', 'Finance'] },
	{ title: 'Referral programme', teams: ['Marketing', 'Mobile', 'Product'] },
	{ title: 'Sales territory planning', teams: ['Sales', 'Finance'] },
	{ title: 'SOC 2 readiness', teams: ['Engineering Platform', 'Finance', 'People & Culture'] },
	{ title: 'Usage-based pricing', teams: ['Product', 'Sales', 'Finance'] },
	{ title: 'Trade show season', teams: ['Marketing', 'Sales', 'Design'] },
	{ title: 'Pricing experiments', teams: ['Product', 'Finance', BROKERED_TEAM], broker: 0 },
	{ title: 'In-app recommendations', teams: [BROKERED_TEAM, 'Mobile'], broker: 0 },
	{ title: 'Churn prediction', teams: [BROKERED_TEAM, 'Marketing', 'Sales'], broker: 1 },
	{ title: 'Data platform roadmap', teams: [BROKERED_TEAM, 'Engineering Platform'], broker: 1 }
];

/** A kind of one-off cross-team session, held `count` times in the quarter with different people. */
interface SessionSpec {
	/** Title before the colon; the part after it is a topic, the guest team, or the role hired for. */
	title: string;
	/** The team that calls the session, with how many of its people attend; brokers host for theirs. */
	host: string;
	hostSeats: readonly [number, number];
	/** Teams the guests come from: one or two of them per session (one at most if `single`). */
	guests: readonly string[];
	single?: boolean;
	/** Subjects, one per session; or 'guest team', or 'hiring' for a role in the (first) guest team. */
	topics: readonly string[] | 'guest team' | 'hiring';
	count: number;
	minutes: number;
}

const SESSIONS: readonly SessionSpec[] = [
	{
		title: 'Interview panel',
		host: 'People & Culture',
		hostSeats: [1, 1],
		guests: [
			'Engineering Platform',
			'Mobile',
			'Product',
			'Sales',
			'Marketing',
			'Design',
			'Finance'
		],
		topics: 'hiring',
		count: 12,
		minutes: 60
	},
	{
		title: 'Design critique',
		host: 'Design',
		hostSeats: [2, 3],
		guests: ['Product', 'Mobile', 'Engineering Platform', 'Marketing'],
		topics: ['checkout flow', 'onboarding screens', 'settings', 'search results', 'empty states'],
		count: 5,
		minutes: 60
	},
	{
		title: 'Incident review',
		host: 'Engineering Platform',
		hostSeats: [2, 3],
		guests: ['Mobile', 'Product', 'Sales'],
		topics: ['login outage', 'payment retries', 'slow dashboards', 'webhook backlog'],
		count: 4,
		minutes: 45
	},
	{
		title: 'API design review',
		host: 'Engineering Platform',
		hostSeats: [2, 3],
		guests: ['Mobile', 'Product'],
		topics: ['webhooks v2', 'rate limits', 'audit log', 'bulk export'],
		count: 4,
		minutes: 60
	},
	{
		title: 'Deal review',
		host: 'Sales',
		hostSeats: [2, 3],
		guests: ['Product', 'Finance', 'Engineering Platform'],
		topics: ['Acme renewal', 'Globex expansion', 'Initech pilot', 'Umbrella RFP', 'Hooli trial'],
		count: 5,
		minutes: 45
	},
	{
		title: 'Win/loss review',
		host: 'Sales',
		hostSeats: [2, 3],
		guests: ['Marketing', 'Product'],
		topics: ['Q4 enterprise', 'Q4 mid-market', 'January'],
		count: 3,
		minutes: 60
	},
	{
		title: 'Quarterly planning',
		host: 'Product',
		hostSeats: [1, 2],
		guests: ['Engineering Platform', 'Mobile', 'Design', 'Marketing', 'Sales'],
		topics: ['growth', 'platform', 'mobile', 'enterprise'],
		count: 4,
		minutes: 60
	},
	{
		title: 'Launch readiness',
		host: 'Marketing',
		hostSeats: [1, 2],
		guests: ['Product', 'Mobile', 'Sales', 'Design'],
		topics: ['spring release', 'Android widget', 'partner directory', 'annual plans'],
		count: 4,
		minutes: 45
	},
	{
		title: 'Budget check-in',
		host: 'Finance',
		hostSeats: [1, 1],
		guests: ['Engineering Platform', 'Mobile', 'Sales', 'Marketing', 'Product', 'People & Culture'],
		single: true,
		topics: 'guest team',
		count: 5,
		minutes: 30
	},
	{
		// The brokers present their analyses; nobody else from their team meets other teams.
		title: 'Metrics review',
		host: BROKERED_TEAM,
		hostSeats: [1, 1],
		guests: ['Product', 'Marketing', 'Sales', 'Finance', 'Mobile', 'Engineering Platform'],
		topics: ['weekly KPIs', 'experiment results', 'dashboard walkthrough', 'forecast accuracy'],
		count: 4,
		minutes: 45
	},
	{
		title: 'Team health workshop',
		host: 'People & Culture',
		hostSeats: [1, 2],
		guests: ['Engineering Platform', 'Sales', 'Mobile', 'Marketing'],
		topics: ['engagement survey', 'career ladders', 'hybrid working'],
		count: 3,
		minutes: 60
	}
];

/** Cross-team mentoring pairs, meeting every other week. */
const MENTORING_PAIRS = 12;

/** Titles of people most likely to join a data guild; they get seats first. */
const DATA_MINDED = /data|analy|growth|fp&a|solutions|research|technical product/i;
/** Titles of people who mentor across teams. */
const SENIOR = /senior|staff|lead|manager|director|head|vp|group|partner/i;

/** Seats in the guild per team, besides the brokers; 14 people from 8 teams in all. */
const GUILD_SEATS: readonly (readonly [string, number])[] = [
	['Engineering Platform', 3],
	['Product', 2],
	['Marketing', 2],
	['Mobile', 2],
	['Finance', 1],
	['Sales', 1],
	['Design', 1]
];

export interface CrossTeamGroup {
	title: string;
	members: string[];
}

export interface CrossTeamSession extends CrossTeamGroup {
	minutes: number;
}

export class CrossTeamPicker {
	private byName: Map<string, TeamStructure>;
	/** Cross-team series each person sits in so far; new seats go to those with the fewest. */
	private seats = new Map<string, number>();

	/** `quiet` are the people who take part in no group meetings (the planted isolated and near-isolated). */
	constructor(
		private rng: Rng,
		private company: Company,
		private planted: DemoPlanted,
		private quiet: Set<string>
	) {
		this.byName = new Map(company.teams.map((team) => [team.spec.name, team]));
		// Leads in the leadership meeting already work across teams.
		for (const team of company.teams) if (team.spec.leadership) this.seat([team.lead]);
	}

	private team(teamName: string): TeamStructure {
		const team = this.byName.get(teamName);
		if (!team) throw new Error(`No demo team called ${teamName}`);
		// The silo meets nobody outside, and the brokered team reaches out only through its brokers.
		if (teamName === SILOED_TEAM || teamName === BROKERED_TEAM) {
			throw new Error(`${teamName} takes no part in cross-team work`);
		}
		return team;
	}

	/**
	 * Members who may be asked into cross-team work. Leads join only one-off sessions, and only those
	 * outside the leadership meeting, which is where the others already meet the rest of the company.
	 */
	private eligible(teamName: string, session = false): string[] {
		const team = this.team(teamName);
		const lead = session && !team.spec.leadership;
		return team.members.filter((id) => (lead || id !== team.lead) && !this.quiet.has(id));
	}

	/** The session's hosts: people of its host team, or one broker for the brokered team. */
	private hosts(spec: SessionSpec): string[] {
		const count = this.rng.int(spec.hostSeats[0], spec.hostSeats[1]);
		if (spec.host === BROKERED_TEAM) return this.take(this.planted.brokers, count);
		return this.take(this.eligible(spec.host, true), count);
	}

	private seat(ids: readonly string[]): string[] {
		for (const id of ids) this.seats.set(id, (this.seats.get(id) ?? 0) + 1);
		return [...ids];
	}

	/** `count` people from `pool`, those in the fewest cross-team series first, ties broken at random. */
	private take(pool: readonly string[], count: number): string[] {
		const load = (id: string) => this.seats.get(id) ?? 0;
		const chosen = this.rng
			.shuffle(pool)
			.sort((a, b) => load(a) - load(b))
			.slice(0, count);
		return this.seat(chosen);
	}

	guild(): CrossTeamGroup {
		const members = [...this.planted.brokers];
		for (const [teamName, seats] of GUILD_SEATS) {
			const shuffled = this.rng.shuffle(this.eligible(teamName));
			const keen = (id: string) => DATA_MINDED.test(this.company.byId.get(id)?.role ?? '');
			members.push(
				...[...shuffled.filter(keen), ...shuffled.filter((id) => !keen(id))].slice(0, seats)
			);
		}
		return { title: this.planted.communityOfPractice, members: this.seat(members) };
	}

	/** Recurring project groups of 4 to 8 people from two or three teams. */
	projects(): CrossTeamGroup[] {
		return PROJECTS.map((project) => {
			const teams = project.teams.filter((name) => name !== BROKERED_TEAM);
			const brokerSeats = project.teams.length - teams.length;
			// At least one seat per team and two for the team leading it, then the rest at random,
			// four at most from any one team.
			const counts = teams.map((name) => (name === project.teams[0] ? 2 : 1));
			const size = Math.min(this.rng.int(4, 8) - brokerSeats, 4 * teams.length);
			for (let left = size - teams.length - 1; left > 0; left--) {
				const open = teams.map((_, i) => i).filter((i) => counts[i] < 4);
				counts[this.rng.pick(open)]++;
			}
			const members = project.teams.flatMap((name) =>
				name === BROKERED_TEAM
					? this.seat([this.planted.brokers[project.broker ?? 0]])
					: this.take(this.eligible(name), counts[teams.indexOf(name)])
			);
			return { title: project.title, members };
		});
	}

	/** One-off reviews, planning sessions, interview panels and critiques: 3–6 people, 2–3 teams. */
	sessions(): CrossTeamSession[] {
		const found: CrossTeamSession[] = [];
		for (const spec of SESSIONS) {
			const topics = typeof spec.topics === 'string' ? [] : this.rng.shuffle(spec.topics);
			for (let i = 0; i < spec.count; i++) {
				const guestTeams = this.rng.sample(
					spec.guests.filter((name) => name !== spec.host),
					!spec.single && this.rng.chance(0.35) ? 2 : 1
				);
				const host = this.hosts(spec);
				// One guest team sends two or three people, two teams one or two each; six at most in all.
				const counts = guestTeams.map(() => this.rng.int(1, 2) + (guestTeams.length === 1 ? 1 : 0));
				while (host.length + counts[0] + (counts[1] ?? 0) > 6) counts[counts[0] > 1 ? 0 : 1]--;
				const guests = guestTeams.flatMap((name, index) =>
					this.take(this.eligible(name, true), counts[index])
				);
				const topic =
					spec.topics === 'hiring'
						? this.rng.weighted(this.team(guestTeams[0]).spec.titles)
						: spec.topics === 'guest team'
							? guestTeams[0]
							: topics[i % topics.length];
				found.push({
					title: `${spec.title}: ${topic}`,
					members: [...host, ...guests],
					minutes: spec.minutes
				});
			}
		}
		return found;
	}

	/** Senior people each mentoring someone from another team; this year's joiners are mentored first. */
	mentoring(): [mentor: string, mentee: string][] {
		const teams = this.company.teams
			.map((team) => team.spec.name)
			.filter((name) => name !== SILOED_TEAM && name !== BROKERED_TEAM);
		const everyone = teams.flatMap((name) => this.eligible(name));
		const person = (id: string) => this.company.byId.get(id);
		const recent = (id: string) => ((person(id)?.startDate ?? '') >= '2025-01-01' ? 1 : 0);
		const mentees = this.rng
			.shuffle(everyone)
			.sort((a, b) => recent(b) - recent(a))
			.slice(0, MENTORING_PAIRS);
		const taken = new Set(mentees);
		return mentees.map((mentee) => {
			const mentor = this.rng.pick(
				everyone.filter(
					(id) =>
						!taken.has(id) &&
						person(id)?.team !== person(mentee)?.team &&
						SENIOR.test(person(id)?.role ?? '')
				)
			);
			taken.add(mentor);
			this.seat([mentor, mentee]);
			return [mentor, mentee];
		});
	}
}
