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
	/** Burt's effective size: contacts less their redundancy through each other (weighted); null for an isolate. */
	effectiveSize: number | null;
	/** Effective size over degree; null for an isolate. */
	efficiency: number | null;
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
	/** People in the largest component over all people; 0 for an empty network. */
	largestComponentShare: number;
	/** Mean number of steps between two people joined by some path; null when no two are. */
	averagePathLength: number | null;
	/** Most steps between two people joined by some path; null when no two are. */
	diameter: number | null;
	/** Mean local clustering over everyone, zeros included (networkx `average_clustering`). */
	averageClustering: number;
	/** Weighted modularity of the formal team partition: how far ties stay inside teams (a silo score). */
	modularityOfTeams: number | null;
	/** Weighted modularity of the communities Louvain found. */
	communityModularity: number | null;
	/** Normalised mutual information between communities and teams: 1 when communities are the teams. */
	teamCommunityNMI: number | null;
	/** The whole organisation's E-I index over ties: (cross-team - in-team) / all; null with no tie. */
	eiIndex: number | null;
	/** How the path figures were obtained: exactly, or estimated from sampled people. */
	paths: PathEstimate;
}

/** Path figures (betweenness, closeness, average path length, diameter) are exact up to a size, then sampled. */
export interface PathEstimate {
	exact: boolean;
	/** People whose shortest paths were followed: everyone when exact. */
	sources: number;
	/** Standard error of the average path length (0 when exact). */
	averagePathLengthError: number;
	/**
	 * Typical standard error of betweenness among the ten most central people, relative to their value
	 * (0 when exact).
	 */
	betweennessRelativeError: number;
}
