// The analysis of one network: the JSON that `weft analyze` writes and the dashboard shows.
import type { Person, Tie } from '../graph/types';
import type {
	Community,
	FragileBridge,
	PracticeCommunity,
	RoleId,
	TeamMatrixCell
} from '../insight/types';
import type { NetworkMetrics, PersonMetrics, TeamMetrics } from '../metrics/types';

/** People and ties as read from the workspace, before any measure. */
export interface Network {
	people: Person[];
	ties: Tie[];
}

export interface PersonResult extends PersonMetrics {
	id: string;
	name: string;
	team: string;
	/** The roster's other columns (role, location, ...), as written there. */
	attributes: Record<string, string>;
	/** Ties to people of the same team. */
	tiesInsideTeam: number;
	/** How many teams besides their own they are tied to. */
	otherTeams: number;
	/** Id of the person's Louvain community (see Analysis.communities). */
	community: number;
	role: RoleId;
	/** Why the role was given, in plain words with the figures that decided it. */
	roleReasons: string[];
}

export interface Analysis {
	people: PersonResult[];
	ties: Tie[];
	teams: TeamMetrics[];
	network: NetworkMetrics;
	/** Every ordered pair of teams, the diagonal included. */
	teamMatrix: TeamMatrixCell[];
	/** Fragile pairs of teams only, most weight at risk (share x weight) first. */
	fragileBridges: FragileBridge[];
	/** Largest first. */
	communities: Community[];
	/** Empty without calendar data. */
	practiceCommunities: PracticeCommunity[];
}
