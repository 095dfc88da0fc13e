// Finds which column of a file plays which part, matching header names case-insensitively with common synonyms.

export const ROSTER_COLUMNS = {
	id: [
		'id',
		'person id',
		'employee id',
		'personid',
		'employeeid',
		'staff id',
		'key',
		'person',
		'user'
	],
	email: ['email', 'e mail', 'mail', 'email address', 'work email'],
	name: ['name', 'full name', 'display name', 'employee name', 'person name'],
	team: ['team', 'department', 'dept', 'group', 'unit', 'division', 'org unit', 'team name']
} as const;

export const INTERACTION_COLUMNS = {
	source: [
		'source',
		'from',
		'sender',
		'src',
		'person a',
		'person 1',
		'person1',
		'ego',
		'organizer'
	],
	target: [
		'target',
		'to',
		'recipient',
		'receiver',
		'dst',
		'person b',
		'person 2',
		'person2',
		'alter'
	],
	weight: ['weight', 'count', 'strength', 'value', 'interactions'],
	timestamp: ['timestamp', 'time', 'date', 'datetime', 'date time', 'start', 'when', 'at']
} as const;

function normaliseHeader(name: string): string {
	return name
		.toLowerCase()
		.replace(/[\s_\-.]+/g, ' ')
		.trim();
}

export type ColumnMatch<K extends string> = Partial<Record<K, number>>;

/** For each part, the index of the first header that names it (earlier synonyms win). */
export function matchColumns<K extends string>(
	header: readonly string[],
	synonyms: Readonly<Record<K, readonly string[]>>
): ColumnMatch<K> {
	const normalised = header.map(normaliseHeader);
	const match: ColumnMatch<K> = {};
	const taken = new Set<number>();
	for (const part of Object.keys(synonyms) as K[]) {
		for (const synonym of synonyms[part]) {
			const index = normalised.findIndex((name, i) => name === synonym && !taken.has(i));
			if (index >= 0) {
				match[part] = index;
				taken.add(index);
				break;
			}
		}
	}
	return match;
}
