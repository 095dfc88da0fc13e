// The demo company's teams: names, sizes, squads, locations, job titles and meeting habits.

export const DEMO_DOMAIN = 'northwind.example';

export type Cadence = 'weekly' | 'fortnightly';

export interface TeamSpec {
	name: string;
	/** Head count, lead included. */
	size: number;
	/** Big teams split into squads, each with its own manager; small teams are one squad under the lead. */
	squads: readonly string[];
	leadTitle: string;
	/** Title of a squad manager; unused by single-squad teams. */
	managerTitle: string;
	/** Weekly cross-squad working meeting of a split team (lead plus two from each squad). */
	forum: string;
	/** Individual contributor titles, weighted. */
	titles: readonly (readonly [string, number])[];
	locations: readonly (readonly [string, number])[];
	/** Weekdays (0 = Monday) of each squad's stand-up; empty for teams that do not hold them. */
	standUpDays: readonly number[];
	oneToOnes: Cadence;
	/** Whether the lead sits in the weekly leadership meeting. */
	leadership: boolean;
}

export const SILOED_TEAM = 'Customer Support';
export const BROKERED_TEAM = 'Data Science';

// Sizes add up to 250. Customer Support is the planted silo; Data Science reaches the rest of the
// company only through two of its people (see crossTeam.ts), so its lead stays out of leadership.
// Both teams' other members have no tie outside their team, so both count fully towards the people
// the dashboard puts at the edge; Data Science is kept small so that they do not swamp the count.
export const TEAMS: readonly TeamSpec[] = [
	{
		name: 'Engineering Platform',
		size: 45,
		squads: ['Infrastructure', 'Developer Experience', 'Payments Platform', 'Identity'],
		leadTitle: 'VP, Engineering',
		managerTitle: 'Engineering Manager',
		forum: 'Architecture review',
		titles: [
			['Software Engineer', 5],
			['Senior Software Engineer', 5],
			['Staff Engineer', 1],
			['Site Reliability Engineer', 2],
			['QA Engineer', 1],
			['Data Engineer', 1]
		],
		locations: [
			['London', 5],
			['Berlin', 3],
			['Remote', 2]
		],
		standUpDays: [0, 2, 4],
		oneToOnes: 'fortnightly',
		leadership: true
	},
	{
		name: 'Mobile',
		size: 27,
		squads: ['iOS', 'Android'],
		leadTitle: 'Head of Mobile',
		managerTitle: 'Engineering Manager, Mobile',
		forum: 'Release planning',
		titles: [
			['Mobile Engineer', 4],
			['Senior Mobile Engineer', 3],
			['QA Engineer', 1],
			['Release Manager', 0.4]
		],
		locations: [
			['London', 4],
			['Lisbon', 3],
			['Remote', 1]
		],
		standUpDays: [0, 2, 4],
		oneToOnes: 'fortnightly',
		leadership: false
	},
	{
		name: 'Data Science',
		size: 16,
		squads: ['Machine Learning', 'Analytics'],
		leadTitle: 'Head of Data Science',
		managerTitle: 'Data Science Manager',
		forum: 'Research review',
		titles: [
			['Data Scientist', 4],
			['Senior Data Scientist', 2],
			['Machine Learning Engineer', 2],
			['Analytics Engineer', 1],
			['Data Analyst', 2]
		],
		locations: [
			['Berlin', 4],
			['Remote', 3]
		],
		standUpDays: [],
		oneToOnes: 'fortnightly',
		leadership: false
	},
	{
		name: 'Design',
		size: 16,
		squads: ['Design'],
		leadTitle: 'Design Director',
		managerTitle: '',
		forum: '',
		titles: [
			['Product Designer', 4],
			['Senior Product Designer', 2],
			['UX Researcher', 1.5],
			['Content Designer', 1],
			['Brand Designer', 1]
		],
		locations: [
			['London', 3],
			['Lisbon', 2],
			['Remote', 1]
		],
		standUpDays: [],
		oneToOnes: 'fortnightly',
		leadership: true
	},
	{
		name: 'Product',
		size: 19,
		squads: ['Product'],
		leadTitle: 'VP, Product',
		managerTitle: '',
		forum: '',
		titles: [
			['Product Manager', 4],
			['Senior Product Manager', 2],
			['Group Product Manager', 1],
			['Product Operations Manager', 1],
			['Technical Product Manager', 1]
		],
		locations: [
			['London', 5],
			['Berlin', 1],
			['Remote', 1]
		],
		standUpDays: [],
		oneToOnes: 'fortnightly',
		leadership: true
	},
	{
		name: 'Sales',
		size: 40,
		squads: ['Enterprise', 'Mid-Market', 'Sales Development'],
		leadTitle: 'VP, Sales',
		managerTitle: 'Sales Manager',
		forum: 'Pipeline review',
		titles: [
			['Account Executive', 4],
			['Senior Account Executive', 2],
			['Sales Development Representative', 3],
			['Solutions Engineer', 1],
			['Account Manager', 2]
		],
		locations: [
			['London', 6],
			['Berlin', 2],
			['Remote', 1]
		],
		standUpDays: [],
		oneToOnes: 'weekly',
		leadership: true
	},
	{
		name: SILOED_TEAM,
		size: 36,
		squads: ['Tier 1', 'Tier 2', 'Onboarding'],
		leadTitle: 'Director, Customer Support',
		managerTitle: 'Support Team Lead',
		forum: 'Escalations review',
		titles: [
			['Support Specialist', 5],
			['Senior Support Specialist', 2],
			['Technical Support Engineer', 2],
			['Onboarding Specialist', 1.5]
		],
		locations: [
			['Lisbon', 8],
			['Remote', 1]
		],
		standUpDays: [0, 2, 4],
		oneToOnes: 'fortnightly',
		leadership: true
	},
	{
		name: 'Marketing',
		size: 23,
		squads: ['Growth', 'Brand & Content'],
		leadTitle: 'Head of Marketing',
		managerTitle: 'Marketing Manager',
		forum: 'Campaign planning',
		titles: [
			['Growth Marketer', 2],
			['Content Strategist', 2],
			['Product Marketing Manager', 2],
			['Marketing Analyst', 1],
			['Events Manager', 1],
			['Social Media Manager', 1]
		],
		locations: [
			['London', 4],
			['Lisbon', 1],
			['Remote', 2]
		],
		standUpDays: [],
		oneToOnes: 'fortnightly',
		leadership: true
	},
	{
		name: 'Finance',
		size: 15,
		squads: ['Finance'],
		leadTitle: 'Finance Director',
		managerTitle: '',
		forum: '',
		titles: [
			['Financial Analyst', 3],
			['Accountant', 3],
			['FP&A Manager', 1],
			['Payroll Specialist', 1],
			['Accounts Payable Specialist', 1]
		],
		locations: [
			['London', 4],
			['Lisbon', 1]
		],
		standUpDays: [],
		oneToOnes: 'fortnightly',
		leadership: true
	},
	{
		name: 'People & Culture',
		size: 13,
		squads: ['People & Culture'],
		leadTitle: 'Head of People',
		managerTitle: '',
		forum: '',
		titles: [
			['People Partner', 3],
			['Talent Acquisition Partner', 2],
			['Recruiter', 2],
			['People Operations Specialist', 2],
			['Learning & Development Lead', 0.5]
		],
		locations: [
			['London', 3],
			['Lisbon', 1],
			['Berlin', 1]
		],
		standUpDays: [],
		oneToOnes: 'weekly',
		leadership: true
	}
];
