// The shapes of people, ties and the people graph, shared by ingest, metrics, the CLI and the app.
import type { UndirectedGraph } from 'graphology';

/** A person as the rest of Weft sees them: a stable key, a display name, a team and any extra roster columns. */
export interface Person {
	id: string;
	name: string;
	team: string;
	attributes: Record<string, string>;
}

/** One undirected tie: every interaction between the pair summed. `source < target` in key order. */
export interface Tie {
	source: string;
	target: string;
	weight: number;
	interactions: number;
	/** Minutes of shared meetings (0 for ties from interaction rows). */
	minutes: number;
}

export interface PersonNode {
	name: string;
	team: string;
}

export interface TieEdge {
	weight: number;
	interactions: number;
	minutes: number;
}

export type PeopleGraph = UndirectedGraph<PersonNode, TieEdge>;

/** Team given to people who appear in interactions but not on the roster. */
export const UNKNOWN_TEAM = 'Unknown';
