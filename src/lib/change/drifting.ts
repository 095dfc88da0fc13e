// People drifting to the edge: their ties or cross-team ties fell by half or more, or they went from connected to the edge.
import type { DriftingPerson, DriftReason, PersonChange } from './types';

export const DRIFT_DEFAULTS = {
	/** A fall by half only counts from at least this many ties in A: 2 to 1 is noise, not drift. */
	minimumTies: 3,
	/** Falling to this share of A's figure or below is drifting. */
	share: 0.5
};

export type DriftOptions = typeof DRIFT_DEFAULTS;

function halved(before: number, after: number, options: DriftOptions): boolean {
	return before >= options.minimumTies && after <= before * options.share;
}

/** Everyone with a reason to be listed, most ties lost first (then most cross-team ties lost). */
export function driftingPeople(
	people: readonly PersonChange[],
	options: Partial<DriftOptions> = {}
): DriftingPerson[] {
	const settings = { ...DRIFT_DEFAULTS, ...options };
	const drifting: DriftingPerson[] = [];
	for (const { id, name, team, a, b } of people) {
		const reasons: DriftReason[] = [];
		if (halved(a.degree, b.degree, settings)) reasons.push('ties-halved');
		if (halved(a.crossTeamTies, b.crossTeamTies, settings)) reasons.push('cross-team-ties-halved');
		if (!a.atEdge && b.atEdge) reasons.push('moved-to-edge');
		if (reasons.length > 0) drifting.push({ id, name, team, a, b, reasons });
	}
	const loss = (person: DriftingPerson) => person.a.degree - person.b.degree;
	const crossLoss = (person: DriftingPerson) => person.a.crossTeamTies - person.b.crossTeamTies;
	return drifting.sort(
		(x, y) => loss(y) - loss(x) || crossLoss(y) - crossLoss(x) || x.id.localeCompare(y.id)
	);
}

export const DRIFT_REASON_TEXT: Record<DriftReason, string> = {
	'ties-halved': 'ties fell by half or more',
	'cross-team-ties-halved': 'cross-team ties fell by half or more',
	'moved-to-edge': 'went from connected to the edge'
};
