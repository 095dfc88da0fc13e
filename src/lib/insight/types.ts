// The organisation-level findings built on the measures: team-by-team collaboration, fragile bridges,
// communities and roles. These shapes are part of `weft analyze`'s JSON.

/** One cell of the team-by-team matrix: collaboration from one team's point of view with another. */
export interface TeamMatrixCell {
	from: string;
	to: string;
	/** Ties between a person of `from` and a person of `to` (inside the team when from = to). */
	ties: number;
	interactions: number;
	weight: number;
	/** This cell's weight over all of `from`'s tie weight, itself included; 0 for a team with no ties. */
	share: number;
}

/** A pair of tied teams where one person carries at least half of the tie weight between them. */
export interface FragileBridge {
	/** The two teams, in name order. */
	teams: [string, string];
	/** Id of the person who carries the largest share. */
	person: string;
	/** Their share of the pair's tie weight, 0.5..1. */
	share: number;
	/** Total tie weight between the two teams. */
	weight: number;
	/** Ties between the two teams. */
	ties: number;
}

/** A community found by Louvain, with the formal teams it draws its members from. */
export interface Community {
	/** 0 is the largest community; ids follow size, then the smallest member id. */
	id: number;
	size: number;
	/** Members per team. */
	teams: Record<string, number>;
	/** Draws substantially from three or more teams: a candidate community of practice. */
	crossTeam: boolean;
}

/** A recurring meeting series whose regular attendees come from three or more teams. */
export interface PracticeCommunity {
	title: string;
	/** 'weekly', 'fortnightly', 'monthly' or 'irregular', from the typical gap between meetings. */
	cadence: string;
	/** Meetings of the series in the window (not cancelled). */
	occurrences: number;
	/** Ids of the regular attendees: present at half or more of the meetings. */
	members: string[];
	/** Regular attendees per team. */
	teams: Record<string, number>;
	/** Id of the series' organizer, when it has one. */
	organizer: string | null;
	/** Attendance over time: each meeting's start (ms since epoch) and how many attended. */
	attendance: { start: number; attendees: number }[];
}

export type RoleId = 'isolated' | 'broker' | 'connector' | 'peripheral' | 'member';

/** The adjustable rules that give each person a role; see DEFAULT_ROLE_RULES in roles.ts. */
export interface RoleRules {
	/** Brokers: betweenness in this top share of the organisation (0.1 = top 10%). */
	brokerTopShare: number;
	/** Brokers: constraint at or below this quantile of the organisation (0.5 = the median). */
	brokerConstraintQuantile: number;
	/** Brokers: tied to at least this many teams besides their own. */
	brokerMinOtherTeams: number;
	/** Connectors: ties inside the team in this top share of their team (0.1 = top 10%). */
	connectorTopShare: number;
	/** Connectors: at least this many ties inside the team. */
	connectorMinTies: number;
	/** Peripheral: at most this many ties. */
	peripheralMaxTies: number;
	/** Peripheral: at least this share of their ties inside their team. */
	peripheralMinInsideShare: number;
}
