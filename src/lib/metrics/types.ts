// The figures Weft computes for each person, each team and the whole network.

/** Every figure for one person; null where the figure is undefined for them (an isolate). */
export interface PersonMetrics {
	degree: number;
	strength: number;
	betweenness: number;
	closeness: number;
	eigenvector: number;
	pagerank: number;
	clustering: number;
	constraint: number | null;
	eiIndex: number | null;
	isolated: boolean;
	atEdge: boolean;
}

export interface TeamMetrics {
	team: string;
	size: number;
	/** Ties with both ends in the team. */
	internalTies: number;
	/** Ties with exactly one end in the team. */
	externalTies: number;
	/** Null when the team has no ties at all. */
	eiIndex: number | null;
	/** Null for a team of one, which has no possible internal tie. */
	density: number | null;
}

export interface NetworkMetrics {
	people: number;
	ties: number;
	density: number;
	/** Isolates count as components of their own. */
	components: number;
}

export interface GraphMetrics {
	/** Keyed by person id. */
	people: Record<string, PersonMetrics>;
	/** Sorted by team name. */
	teams: TeamMetrics[];
	network: NetworkMetrics;
}
