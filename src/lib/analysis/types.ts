// The analysis of one network: the JSON that `weft analyze` writes and the dashboard shows.
import type { Person, Tie } from '../graph/types';
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
}

export interface Analysis {
	people: PersonResult[];
	ties: Tie[];
	teams: TeamMetrics[];
	network: NetworkMetrics;
}
