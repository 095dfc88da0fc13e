// Re-gives roles under the user's rules from the analysis in hand: no new measuring, the same figures read again.
import type { Analysis } from './types';
import { assignRoles } from '../insight/roles';
import type { RoleRules } from '../insight/types';

/** The analysis with every person's role and reasons given again under `rules`. */
export function withRoles(analysis: Analysis, rules: RoleRules): Analysis {
	const roles = assignRoles(analysis.people, rules);
	return {
		...analysis,
		people: analysis.people.map((person) => {
			const assigned = roles.get(person.id);
			return assigned ? { ...person, role: assigned.role, roleReasons: assigned.reasons } : person;
		})
	};
}

export function sameRules(a: RoleRules, b: RoleRules): boolean {
	return (Object.keys(a) as (keyof RoleRules)[]).every((key) => a[key] === b[key]);
}
