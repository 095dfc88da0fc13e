// Chooses who sits in the cross-team project groups and in the community of practice.
import type { Company, TeamStructure } from './people';
import type { Rng } from './random';
import { BROKERED_TEAM } from './teams';
import type { DemoPlanted } from './types';

interface ProjectSpec {
	title: string;
	/** Two or three teams; the brokered team is only ever represented by one of its brokers. */
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
	{ title: 'Pricing experiments', teams: ['Product', 'Finance', BROKERED_TEAM], broker: 0 },
	{ title: 'In-app recommendations', teams: [BROKERED_TEAM, 'Mobile'], broker: 0 },
	{ title: 'Churn prediction', teams: [BROKERED_TEAM, 'Marketing', 'Sales'], broker: 1 },
	{ title: 'Data platform roadmap', teams: [BROKERED_TEAM, 'Engineering Platform'], broker: 1 }
];

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

/** Titles of people most likely to join a data guild; they get seats first. */
const DATA_MINDED = /data|analy|growth|fp&a|solutions|research|technical product/i;

export interface CrossTeamGroup {
	title: string;
	members: string[];
}

export class CrossTeamPicker {
	private byName: Map<string, TeamStructure>;

	/** People who take part in no group meetings (the planted isolated and near-isolated). */
	constructor(
		private rng: Rng,
		private company: Company,
		private planted: DemoPlanted,
		private quiet: Set<string>
	) {
		this.byName = new Map(company.teams.map((team) => [team.spec.name, team]));
	}

	/** Non-lead members who may be asked into cross-team work. */
	private eligible(teamName: string): string[] {
		const team = this.byName.get(teamName);
		if (!team) throw new Error(`No demo team called ${teamName}`);
		return team.members.filter((id) => id !== team.lead && !this.quiet.has(id));
	}

	projects(): CrossTeamGroup[] {
		return PROJECTS.map((project) => {
			const perTeam = project.teams.length === 2 ? [2, 4] : [1, 3];
			const members: string[] = [];
			for (const teamName of project.teams) {
				if (teamName === BROKERED_TEAM) {
					members.push(this.planted.brokers[project.broker ?? 0]);
					continue;
				}
				const count = this.rng.int(perTeam[0], perTeam[1]);
				members.push(...this.rng.sample(this.eligible(teamName), count));
			}
			return { title: project.title, members: members.slice(0, 8) };
		});
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
		return { title: this.planted.communityOfPractice, members };
	}
}
