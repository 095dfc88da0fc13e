// The shapes of a comparison between two periods: what `weft compare` writes and the Change view shows.
import type { Analysis } from '../analysis/types';
import type { Period } from './periods';

export interface TeamFigures {
	size: number;
	internalTies: number;
	externalTies: number;
	eiIndex: number | null;
	density: number | null;
}

/** A period's figures of a team smaller than the minimum group size: every field kept, every figure withheld. */
export interface WithheldTeamFigures {
	size: null;
	internalTies: null;
	externalTies: null;
	eiIndex: null;
	density: null;
	suppressed: true;
	fewerThan: number;
}

export interface TeamChange {
	team: string;
	/** Null when the team has nobody in that period's network. */
	a: TeamFigures | WithheldTeamFigures | null;
	b: TeamFigures | WithheldTeamFigures | null;
	/** B minus A; null when either side is missing or withheld. */
	change: {
		internalTies: number | null;
		externalTies: number | null;
		eiIndex: number | null;
		density: number | null;
	};
	/** Set when either period's figures are withheld (see withheldComparison), so the change is too. */
	suppressed?: true;
	fewerThan?: number;
}

export interface TieChange {
	source: string;
	target: string;
	/** The tie's weight in the period that has it. */
	weight: number;
	/** The two people are in different teams. */
	crossTeam: boolean;
}

export interface PersonFigures {
	degree: number;
	betweenness: number;
	/** Ties to people of another team. */
	crossTeamTies: number;
	atEdge: boolean;
}

export interface PersonChange {
	id: string;
	name: string;
	team: string;
	a: PersonFigures;
	b: PersonFigures;
	change: { degree: number; betweenness: number; crossTeamTies: number };
}

export type DriftReason = 'ties-halved' | 'cross-team-ties-halved' | 'moved-to-edge';

export interface DriftingPerson {
	id: string;
	name: string;
	team: string;
	a: PersonFigures;
	b: PersonFigures;
	reasons: DriftReason[];
}

export interface CommunityChange {
	/** formed: no A community has most of its members in it; dissolved: an A community whose members went nowhere
	 * together; merged: two or more A communities went mostly into it. */
	kind: 'formed' | 'merged' | 'dissolved';
	/** Community ids in A (dissolved, merged) and in B (formed, merged). */
	a: number[];
	b: number[];
	/** Members per team of the community concerned (B's for formed and merged, A's for dissolved); null where
	 * the team's count is withheld for its size (see withheldComparison). */
	teams: Record<string, number | null>;
	size: number;
}

export interface Comparison {
	periods: { a: Period; b: Period };
	teams: TeamChange[];
	ties: {
		gained: TieChange[];
		lost: TieChange[];
		/** Ties in both periods. */
		kept: number;
	};
	/** Everyone in either period, largest absolute change of degree first. */
	people: PersonChange[];
	/** The ten largest absolute changes of each figure. */
	largestChanges: {
		degree: PersonChange[];
		betweenness: PersonChange[];
		crossTeamTies: PersonChange[];
	};
	drifting: DriftingPerson[];
	communities: CommunityChange[];
}

export interface PeriodAnalyses {
	a: Analysis;
	b: Analysis;
}
