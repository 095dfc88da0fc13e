// The attributes a network export gives each person and tie, with the types GEXF and GraphML declare for them.
import type { Analysis, PersonResult } from '../analysis/types';
import type { Tie } from '../graph/types';

export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';
export type AttributeValue = string | number | boolean | null;

export interface AttributeColumn<T> {
	/** The name in the file: the analysis JSON's field name. */
	name: string;
	type: AttributeType;
	/** Null where the figure is undefined (an isolate's constraint, say): the file then leaves it out. */
	value: (item: T) => AttributeValue;
}

/** Everything measured or given per person, in the analysis JSON's order; the id and name travel as the node's own id and label. */
const PERSON_FIELDS: [keyof PersonResult & string, AttributeType][] = [
	['team', 'string'],
	['degree', 'integer'],
	['strength', 'double'],
	['betweenness', 'double'],
	['closeness', 'double'],
	['eigenvector', 'double'],
	['pagerank', 'double'],
	['clustering', 'double'],
	['constraint', 'double'],
	['effectiveSize', 'double'],
	['efficiency', 'double'],
	['eiIndex', 'double'],
	['isolated', 'boolean'],
	['atEdge', 'boolean'],
	['tiesInsideTeam', 'integer'],
	['otherTeams', 'integer'],
	['community', 'integer'],
	['role', 'string']
];

/** Names a roster column cannot take in an export; such a column is written as `roster <name>` instead. */
export const RESERVED_PERSON_NAMES: ReadonlySet<string> = new Set([
	'id',
	'name',
	'label',
	...PERSON_FIELDS.map(([name]) => name)
]);

export const TIE_ATTRIBUTES: readonly AttributeColumn<Tie>[] = [
	{ name: 'weight', type: 'double', value: (tie) => tie.weight },
	{ name: 'interactions', type: 'integer', value: (tie) => tie.interactions },
	{ name: 'minutes', type: 'double', value: (tie) => tie.minutes }
];

function figure(value: unknown): AttributeValue {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	return typeof value === 'string' || typeof value === 'boolean' ? value : null;
}

/** The roster's own columns (location, job title, ...) in the order first met, as text. */
function rosterColumns(people: readonly PersonResult[]): AttributeColumn<PersonResult>[] {
	const names = new Set<string>();
	for (const person of people) for (const name of Object.keys(person.attributes)) names.add(name);
	return [...names].map((column) => ({
		name: RESERVED_PERSON_NAMES.has(column) ? `roster ${column}` : column,
		type: 'string',
		value: (person) => person.attributes[column] ?? null
	}));
}

/** Team, every measure, community and role, then the roster's own columns. */
export function personAttributes(analysis: Analysis): AttributeColumn<PersonResult>[] {
	return [
		...PERSON_FIELDS.map(([name, type]) => ({
			name,
			type,
			value: (person: PersonResult) => figure(person[name])
		})),
		...rosterColumns(analysis.people)
	];
}

/** A figure as the file writes it: shortest text that reads back to the same double. */
export function attributeText(value: string | number | boolean): string {
	return String(value);
}
