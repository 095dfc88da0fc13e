// Roles: plain labels for how each person sits in the network, by documented rules a user can adjust.
import { countOf } from '../text/format';
import type { RoleId, RoleRules } from './types';

export const DEFAULT_ROLE_RULES: RoleRules = {
	brokerTopShare: 0.1,
	brokerConstraintQuantile: 0.5,
	brokerMinOtherTeams: 2,
	connectorTopShare: 0.1,
	connectorMinTies: 3,
	peripheralMaxTies: 3,
	peripheralMinInsideShare: 0.75
};

/** Each role in plain words; a person gets the first role in this order whose rule they meet. */
export const ROLE_DEFINITIONS: readonly { id: RoleId; label: string; description: string }[] = [
	{ id: 'isolated', label: 'Isolated', description: 'No recorded tie to anyone.' },
	{
		id: 'broker',
		label: 'Broker',
		description:
			'Links groups that would otherwise be apart: among the highest betweenness in the organisation, low ' +
			'constraint (their contacts are not all tied to each other) and ties to several other teams.'
	},
	{
		id: 'connector',
		label: 'Central connector',
		description:
			'Holds their own team together: among the most ties inside their team. Teams lean on them to ' +
			'coordinate, and miss them when they are away.'
	},
	{
		id: 'peripheral',
		label: 'Peripheral',
		description:
			'Few ties, nearly all inside their own team: easy to lose touch with, and hears little of what ' +
			'happens elsewhere.'
	},
	{
		id: 'member',
		label: 'Team member',
		description: 'Connected, with none of the patterns above standing out.'
	}
];

/** What the rules read of each person. */
export interface RolePerson {
	id: string;
	team: string;
	degree: number;
	betweenness: number;
	constraint: number | null;
	/** Ties to people of the same team. */
	tiesInsideTeam: number;
	/** How many teams besides their own they are tied to. */
	otherTeams: number;
}

export interface RoleAssignment {
	role: RoleId;
	reasons: string[];
}

/** The value at the top `share` of `values`: at least one person is at or above it when there is anyone. */
function topThreshold(values: number[], share: number): number {
	if (values.length === 0) return Infinity;
	const sorted = [...values].sort((a, b) => b - a);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

/** The q-quantile (lower value, no interpolation) of `values`. */
function quantile(values: number[], q: number): number {
	if (values.length === 0) return -Infinity;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const figure = (value: number) => (Number.isInteger(value) ? String(value) : value.toPrecision(2));

/** "5 ties, 2 of them to 1 other team", "4 ties, none to other teams": a member's ties, said plainly. */
function memberTies(ties: number, outside: number, otherTeams: number): string {
	if (ties === 0) return 'No ties';
	if (outside === 0) return `${countOf(ties, 'tie')}, none to other teams`;
	const share = outside === ties ? (ties === 1 ? 'to' : 'all to') : `${outside} of them to`;
	return `${countOf(ties, 'tie')}, ${share} ${countOf(otherTeams, 'other team')}`;
}

export function assignRoles(
	people: readonly RolePerson[],
	rules: RoleRules = DEFAULT_ROLE_RULES
): Map<string, RoleAssignment> {
	const brokerBetweenness = topThreshold(
		people.map((p) => p.betweenness),
		rules.brokerTopShare
	);
	const constraints = people.flatMap((p) => (p.constraint === null ? [] : [p.constraint]));
	const brokerConstraint = quantile(constraints, rules.brokerConstraintQuantile);
	const byTeam = new Map<string, number[]>();
	for (const p of people) byTeam.set(p.team, [...(byTeam.get(p.team) ?? []), p.tiesInsideTeam]);
	// Above the team's median too: in a team where everyone is tied to everyone, nobody stands out.
	const connectorTies = new Map(
		[...byTeam].map(([team, ties]) => [
			team,
			{ top: topThreshold(ties, rules.connectorTopShare), median: quantile(ties, 0.5) }
		])
	);

	const roles = new Map<string, RoleAssignment>();
	for (const p of people) {
		const insideShare = p.degree === 0 ? 0 : p.tiesInsideTeam / p.degree;
		const team = connectorTies.get(p.team) as { top: number; median: number };
		if (p.degree === 0) {
			roles.set(p.id, { role: 'isolated', reasons: ['No recorded tie to anyone.'] });
		} else if (
			p.betweenness > 0 &&
			p.betweenness >= brokerBetweenness &&
			p.constraint !== null &&
			p.constraint <= brokerConstraint &&
			p.otherTeams >= rules.brokerMinOtherTeams
		) {
			roles.set(p.id, {
				role: 'broker',
				reasons: [
					`Betweenness ${figure(p.betweenness)}, in the top ${percent(rules.brokerTopShare)} of the organisation (from ${figure(brokerBetweenness)}).`,
					`Constraint ${figure(p.constraint)}, at or below the organisation's ${percent(rules.brokerConstraintQuantile)} quantile (${figure(brokerConstraint)}).`,
					`Tied to ${countOf(p.otherTeams, 'other team')} (at least ${rules.brokerMinOtherTeams}).`
				]
			});
		} else if (
			p.tiesInsideTeam >= rules.connectorMinTies &&
			p.tiesInsideTeam >= team.top &&
			p.tiesInsideTeam > team.median
		) {
			roles.set(p.id, {
				role: 'connector',
				reasons: [
					`${p.tiesInsideTeam} ties inside ${p.team}, in the top ${percent(rules.connectorTopShare)} of the team (from ${team.top}; median ${team.median}).`
				]
			});
		} else if (
			p.degree <= rules.peripheralMaxTies &&
			insideShare >= rules.peripheralMinInsideShare
		) {
			roles.set(p.id, {
				role: 'peripheral',
				reasons: [
					`${countOf(p.degree, 'tie')} (at most ${rules.peripheralMaxTies}).`,
					`${percent(insideShare)} of them inside ${p.team} (at least ${percent(rules.peripheralMinInsideShare)}).`
				]
			});
		} else {
			roles.set(p.id, {
				role: 'member',
				reasons: [
					`${memberTies(p.degree, p.degree - p.tiesInsideTeam, p.otherTeams)}; no role rule stands out.`
				]
			});
		}
	}
	return roles;
}
