// Plain-words definitions of the figures the dashboard shows beyond the person measures, one click from each figure.
import { MEASURES } from '../metrics/registry';

export interface Definition {
	term: string;
	/** What the figure says, for a leader rather than an analyst. */
	text: string;
	/** How to read its value, where there is a useful rule of thumb. */
	reading?: string;
}

export type FigureId =
	| 'density'
	| 'components'
	| 'largestComponentShare'
	| 'averagePathLength'
	| 'diameter'
	| 'averageClustering'
	| 'orgEiIndex'
	| 'siloScore'
	| 'communityModularity'
	| 'teamCommunityNMI'
	| 'teamEiIndex'
	| 'teamDensity'
	| 'share'
	| 'tieWeight'
	| 'fragileBridge'
	| 'community'
	| 'practiceCommunity';

export const FIGURES: Record<FigureId, Definition> = {
	density: {
		term: 'Density',
		text: 'The share of all possible ties between people that exist.',
		reading: 'Large organisations are naturally sparse: a few per cent is normal.'
	},
	components: {
		term: 'Components',
		text: 'Groups of people with no tie between the groups. Someone with no ties is a group of one.',
		reading: 'One component means everyone can reach everyone through some chain of colleagues.'
	},
	largestComponentShare: {
		term: 'Connected',
		text: 'The share of people in the largest group who can all reach each other through colleagues.'
	},
	averagePathLength: {
		term: 'Average distance',
		text:
			'How many steps it takes, on average, to get from one person to another through colleagues ' +
			'(a friend of a friend is two steps).',
		reading: 'Lower means news and requests travel in fewer hand-offs.'
	},
	diameter: {
		term: 'Longest distance',
		text: 'The most steps between any two people who can reach each other at all.'
	},
	averageClustering: {
		term: 'Clustering',
		text: "On average, the share of a person's contacts who also work with each other.",
		reading: 'High values mean close-knit groups; low values, looser networks.'
	},
	orgEiIndex: {
		term: 'E-I index (organisation)',
		text:
			'Ties across teams minus ties inside teams, over all ties: -1 when every tie stays inside a ' +
			'team, +1 when every tie crosses teams.',
		reading: 'Most organisations sit below 0: most work happens inside teams.'
	},
	siloScore: {
		term: 'Silo score',
		text:
			'How much more collaboration stays inside teams than chance would give for teams of these ' +
			'sizes (the modularity of the teams, weighted by how much people interact).',
		reading: 'Near 0: teams mix freely. Above about 0.4: teams work largely as silos.'
	},
	communityModularity: {
		term: 'Community strength',
		text:
			'How clearly the network splits into groups who mostly work among themselves, whatever their ' +
			'teams (the modularity of the communities found from the ties).',
		reading: 'Above about 0.3 the groups are distinct; near 0 there are no real groups.'
	},
	teamCommunityNMI: {
		term: 'Teams match communities',
		text:
			'How closely the groups people actually work in match the formal teams (normalised mutual ' +
			'information).',
		reading: '1: every community is exactly a team. 0: communities have nothing to do with teams.'
	},
	teamEiIndex: {
		term: 'E-I index (team)',
		text:
			"Ties going outside the team minus ties inside it, over all the team's ties: -1 when every " +
			'tie stays inside (a silo), +1 when every tie goes outside.'
	},
	teamDensity: {
		term: 'Density (team)',
		text: 'The share of possible ties between the members of a team that exist.'
	},
	share: {
		term: 'Share',
		text:
			"Of all the tie weight of the row's team, the part that goes to the column's team. Each row " +
			'adds up to 100%; the diagonal is the part that stays inside the team.'
	},
	tieWeight: {
		term: 'Tie weight',
		text:
			'How much two people work together: each interaction counts 1; a meeting counts its hours ' +
			'shared among the attendees (hours / (attendees - 1) for each pair).'
	},
	fragileBridge: {
		term: 'Fragile bridge',
		text:
			'A pair of teams where one person carries at least half of the tie weight between them. ' +
			'If that person leaves or is overloaded, the two teams largely lose touch.'
	},
	community: {
		term: 'Community',
		text:
			'A group of people who work more with each other than with the rest, found from the ties ' +
			'alone (Louvain), without looking at the teams.',
		reading:
			'A community that draws substantially from three or more teams is a candidate community of ' +
			'practice: people who have organised themselves across the structure.'
	},
	practiceCommunity: {
		term: 'Community of practice',
		text:
			'A recurring meeting whose regular attendees (at half or more of its meetings) come from ' +
			'three or more teams.'
	}
};

/** The definition of a person measure from the registry, in the same shape. */
export function measureDefinition(id: string): Definition | undefined {
	const measure = MEASURES.find((m) => m.id === id);
	if (!measure) return undefined;
	const higher = measure.higherMeans;
	return {
		term: measure.label,
		text: measure.description,
		reading: higher && `Higher: ${higher[0].toLowerCase()}${higher.slice(1)}`
	};
}
