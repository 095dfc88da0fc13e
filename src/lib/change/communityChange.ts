// Communities that formed, merged or dissolved between two periods, matched by the members they share.
import type { Analysis } from '../analysis/types';
import type { CommunityChange } from './types';

export const COMMUNITY_CHANGE_DEFAULTS = {
	/** Smaller communities (isolated people, pairs) come and go without meaning much. */
	minimumSize: 3,
	/** An A community went into a B community when at least this share of its members did. */
	share: 0.5
};

function members(analysis: Analysis, minimumSize: number): Map<number, Set<string>> {
	const groups = new Map<number, Set<string>>();
	for (const person of analysis.people) {
		let group = groups.get(person.community);
		if (!group) groups.set(person.community, (group = new Set()));
		group.add(person.id);
	}
	for (const [id, group] of groups) if (group.size < minimumSize) groups.delete(id);
	return groups;
}

function teamsOf(analysis: Analysis, id: number): Record<string, number> {
	return analysis.communities.find((community) => community.id === id)?.teams ?? {};
}

/**
 * Each A community (of minimumSize or more) goes into the B community holding most of its members, if that is at
 * least `share` of them; else it dissolved. A B community that none went into formed; one that two or more went
 * into is where they merged. Communities that carried on one to one are not listed.
 */
export function communityChanges(
	a: Analysis,
	b: Analysis,
	options: Partial<typeof COMMUNITY_CHANGE_DEFAULTS> = {}
): CommunityChange[] {
	const { minimumSize, share } = { ...COMMUNITY_CHANGE_DEFAULTS, ...options };
	const before = members(a, minimumSize);
	const after = members(b, minimumSize);
	const communityInB = new Map(b.people.map((person) => [person.id, person.community]));
	const wentInto = new Map<number, number[]>([...after.keys()].map((id) => [id, []]));
	const changes: CommunityChange[] = [];
	for (const [id, group] of before) {
		const counts = new Map<number, number>();
		for (const person of group) {
			const there = communityInB.get(person);
			if (there !== undefined && after.has(there)) counts.set(there, (counts.get(there) ?? 0) + 1);
		}
		const [best, count] = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0] ?? [-1, 0];
		if (count >= share * group.size) wentInto.get(best)?.push(id);
		else
			changes.push({ kind: 'dissolved', a: [id], b: [], teams: teamsOf(a, id), size: group.size });
	}
	for (const [id, from] of wentInto) {
		const size = after.get(id)?.size ?? 0;
		if (from.length === 0)
			changes.push({ kind: 'formed', a: [], b: [id], teams: teamsOf(b, id), size });
		else if (from.length > 1)
			changes.push({
				kind: 'merged',
				a: from.sort((x, y) => x - y),
				b: [id],
				teams: teamsOf(b, id),
				size
			});
	}
	return changes;
}
