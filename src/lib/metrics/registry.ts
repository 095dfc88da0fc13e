// The person measures Weft offers, in display order; the UI builds its selectors from this list.
import type { PeopleGraph } from '../graph/types';
import { betweenness, closeness, eigenvector, pagerank } from './centrality';
import { clustering } from './clustering';
import { constraint } from './constraint';
import { degree } from './degree';
import { effectiveSize, efficiency } from './effectiveSize';
import { eiIndex } from './eiIndex';
import { strength } from './strength';
import type { PersonMetrics } from './types';

export type MeasureId =
	| 'degree'
	| 'strength'
	| 'betweenness'
	| 'closeness'
	| 'eigenvector'
	| 'pagerank'
	| 'clustering'
	| 'constraint'
	| 'effectiveSize'
	| 'efficiency'
	| 'eiIndex';

export interface PersonMeasure<Id extends MeasureId = MeasureId> {
	id: Id;
	label: string;
	/** What the figure says about a person, in words for a leader rather than an analyst. */
	description: string;
	/** What a higher value suggests, where higher has a clear reading. */
	higherMeans?: string;
	/** The figure for every person, keyed by id; null where it is undefined for that person. */
	compute(graph: PeopleGraph): Record<string, PersonMetrics[Id]>;
}

/** A measure of any id; `compute` then yields the union of the figures' types. */
export type AnyPersonMeasure = { [Id in MeasureId]: PersonMeasure<Id> }[MeasureId];

export const MEASURES: readonly AnyPersonMeasure[] = [
	{
		id: 'degree',
		label: 'Degree',
		description: 'How many different people this person works with.',
		higherMeans: 'A wider circle of direct contacts.',
		compute: degree
	},
	{
		id: 'strength',
		label: 'Strength',
		description:
			'How much this person interacts in total, adding up every tie by how often they interact.',
		higherMeans: 'More interaction overall, whether with many people or a few often.',
		compute: strength
	},
	{
		id: 'betweenness',
		label: 'Betweenness',
		description:
			'How often this person sits on the shortest route between two others. People high on ' +
			'betweenness are brokers: information passes through them, and work may stall if they leave.',
		higherMeans: 'More of the network relies on them to connect.',
		compute: betweenness
	},
	{
		id: 'closeness',
		label: 'Closeness',
		description:
			'How few steps this person is from everyone they can reach. High closeness means they can ' +
			'spread or hear news quickly.',
		higherMeans: 'Fewer steps to reach the rest of the organisation.',
		compute: closeness
	},
	{
		id: 'eigenvector',
		label: 'Eigenvector centrality',
		description:
			'How well connected this person is to other well-connected people, weighing each tie by ' +
			'how much they interact. High scores mark people close to the centre of influence.',
		higherMeans: 'Closer ties to the most connected people.',
		compute: eigenvector
	},
	{
		id: 'pagerank',
		label: 'PageRank',
		description:
			'Where attention flowing along ties tends to settle, as in ranking web pages. Like ' +
			'eigenvector centrality, but it also credits people at the edges of the network.',
		higherMeans: 'More attention and information likely to reach them.',
		compute: pagerank
	},
	{
		id: 'clustering',
		label: 'Clustering',
		description:
			"The share of this person's contacts who also work with each other. High clustering means a " +
			'close-knit group; low clustering means they link people who are otherwise apart.',
		higherMeans: 'A more tight-knit circle of contacts.',
		compute: clustering
	},
	{
		id: 'constraint',
		label: 'Constraint',
		description:
			"How much this person's time goes to contacts who are tied to each other (Burt's " +
			'constraint). Highly constrained people have few ways around their circle; low constraint ' +
			'marks brokers with access to separate groups. Not defined for someone with no ties.',
		higherMeans: 'Fewer independent sources of information.',
		compute: constraint
	},
	{
		id: 'effectiveSize',
		label: 'Effective size',
		description:
			"How many of this person's contacts are independent ways to reach others (Burt's effective " +
			'size): their number of contacts, less how far those contacts already know each other. Not ' +
			'defined for someone with no ties.',
		higherMeans: 'More non-redundant contacts: wider, more varied reach.',
		compute: effectiveSize
	},
	{
		id: 'efficiency',
		label: 'Efficiency',
		description:
			"The share of this person's contacts that are not redundant (effective size over number of " +
			'contacts). Near 1: each contact opens a different door; near 0: their contacts all know each ' +
			'other. Not defined for someone with no ties.',
		higherMeans: 'Less redundancy among their contacts.',
		compute: efficiency
	},
	{
		id: 'eiIndex',
		label: 'E-I index',
		description:
			'Whether this person works mostly outside their team (towards +1) or inside it (towards -1). ' +
			'Not defined for someone with no ties.',
		higherMeans: 'More of their contacts are in other teams.',
		compute: eiIndex
	}
];
