// The shapes of the generated demo company: its people, meetings, pairwise interactions and planted structure.

export interface DemoPerson {
	/** Email-like lowercase key, identical to `email`. */
	id: string;
	name: string;
	email: string;
	team: string;
	/** Job title. */
	role: string;
	location: string;
	/** 'YYYY-MM-DD'. */
	startDate: string;
}

/** 'one-off' is a single cross-team session: a review, planning session, interview panel or critique. */
export type DemoMeetingKind =
	| 'one-to-one'
	| 'stand-up'
	| 'team'
	| 'project'
	| 'one-off'
	| 'community-of-practice'
	| 'all-hands';

export interface DemoMeeting {
	uid: string;
	title: string;
	/** UTC, 'YYYY-MM-DDTHH:MM:SSZ'. */
	start: string;
	/** UTC, 'YYYY-MM-DDTHH:MM:SSZ'. */
	end: string;
	/** Person id; always one of the attendees. */
	organizer: string;
	/** Person ids, organizer included, no repeats. */
	attendees: string[];
	kind: DemoMeetingKind;
}

/** One unordered pair of people who shared a meeting; `source < target` in key order. */
export interface DemoInteraction {
	source: string;
	target: string;
	/** Meeting length in hours / (attendees - 1), rounded to 4 decimals. */
	weight: number;
	/** The meeting's start, 'YYYY-MM-DDTHH:MM:SSZ'. */
	timestamp: string;
}

/** The structure deliberately built into the company, so tests and tours can point at it. */
export interface DemoPlanted {
	/** Everyone isolated or nearly so: `withoutTies` then `withOneTie`. */
	isolated: string[];
	/** In no meeting except the all-hands, so no tie once big meetings are capped. */
	withoutTies: string[];
	/** Only a one-to-one with their manager, so exactly one tie. */
	withOneTie: string[];
	/** The few people through whom `brokeredTeam` reaches the rest of the company. */
	brokers: string[];
	/** The team that is tied to the rest mostly through `brokers`. */
	brokeredTeam: string;
	/** The team that meets almost only among itself (its lead sits in one cross-team meeting). */
	siloedTeam: string;
	/** Title of the weekly cross-team community-of-practice meeting. */
	communityOfPractice: string;
	/** What changes during the quarter (see change.ts); absent only while the meetings are being laid out. */
	change?: DemoPlantedChange;
}

/** The change planted in the quarter, for the Change view and its tests. */
export interface DemoPlantedChange {
	/** 'YYYY-MM-DD', Monday of week 7: the circle starts and the drifter stops meeting. */
	startDate: string;
	/** Title of the weekly circle joining `practiceTeams` from `startDate`. */
	practiceCircle: string;
	practiceTeams: string[];
	practiceMembers: string[];
	/** From `startDate` in nothing but the all-hands and one-to-ones with their manager. */
	drifting: string;
	/** Start during the quarter (their roster start_date) and are in no meeting before it. */
	newcomers: string[];
}

export interface DemoTeam {
	name: string;
	/** Person id of the team lead. */
	lead: string;
	size: number;
}

export interface DemoOrganisation {
	seed: number;
	/** Company email domain, e.g. 'northwind.example'. */
	domain: string;
	teams: DemoTeam[];
	people: DemoPerson[];
	meetings: DemoMeeting[];
	interactions: DemoInteraction[];
	planted: DemoPlanted;
}

export interface DemoOptions {
	seed?: number;
}
