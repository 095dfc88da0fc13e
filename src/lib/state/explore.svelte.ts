// What the network view shows and how: colouring, filters, an ego network, the search and the person to centre.
import type { Analysis } from '../analysis/types';
import type { ColourBy, LegendKey } from '../explore/colouring';
import { egoNetwork } from '../explore/ego';
import {
	groupToggled,
	NO_FILTER,
	toggled,
	visibilityOf,
	type ExploreFilter
} from '../explore/filters';

class Explore {
	colourBy = $state<ColourBy>('team');
	/** One node per team instead of one per person. */
	teamView = $state(false);
	filter = $state.raw<ExploreFilter>(NO_FILTER);
	/** The person whose ego network alone is shown, and how many steps out. */
	ego = $state.raw<{ id: string; steps: 1 | 2 } | null>(null);
	/** Ids matching the search as typed, ringed on the canvas. */
	highlighted = $state.raw<ReadonlySet<string>>(new Set());
	/** A new object each time the view should pan to a person. */
	centre = $state.raw<{ id: string } | null>(null);

	/** Clicking a legend entry leaves those people out, or brings them back; a group goes out or back as one. */
	toggleLegend(key: LegendKey): void {
		const { filter } = this;
		if (key.kind === 'otherTeams')
			this.filter = { ...filter, hiddenTeams: groupToggled(filter.hiddenTeams, key.values) };
		else if (key.kind === 'otherCommunities')
			this.filter = {
				...filter,
				hiddenCommunities: groupToggled(filter.hiddenCommunities, key.values)
			};
		else if (key.kind === 'team')
			this.filter = { ...filter, hiddenTeams: toggled(filter.hiddenTeams, key.value) };
		else if (key.kind === 'role')
			this.filter = { ...filter, hiddenRoles: toggled(filter.hiddenRoles, key.value) };
		else
			this.filter = {
				...filter,
				hiddenCommunities: toggled(filter.hiddenCommunities, key.value)
			};
	}

	isLeftOut(key: LegendKey): boolean {
		const { filter } = this;
		if (key.kind === 'otherTeams') return key.values.every((team) => filter.hiddenTeams.has(team));
		if (key.kind === 'otherCommunities')
			return key.values.every((community) => filter.hiddenCommunities.has(community));
		if (key.kind === 'team') return filter.hiddenTeams.has(key.value);
		if (key.kind === 'role') return filter.hiddenRoles.has(key.value);
		return filter.hiddenCommunities.has(key.value);
	}

	update(change: Partial<ExploreFilter>): void {
		this.filter = { ...this.filter, ...change };
	}

	clearFilters(): void {
		this.filter = { ...NO_FILTER, leftOut: this.filter.leftOut };
		this.ego = null;
	}

	focus(id: string, steps: 1 | 2 = 1): void {
		this.ego = { id, steps };
		this.centre = { id };
	}

	/** Per person: shown, faded or hidden, for the canvas; null when everyone is shown. */
	visibility(analysis: Analysis): Uint8Array | null {
		const ego = this.ego ? egoNetwork(analysis.ties, this.ego.id, this.ego.steps) : null;
		return visibilityOf(analysis.people, this.filter, ego);
	}
}

export const explore = new Explore();
