// Turns a GEXF or GraphML network into Weft's people and interactions, checking each node and edge on the way.
import { matchColumns, INTERACTION_COLUMNS, ROSTER_COLUMNS } from '../columns';
import { InputError } from '../errors';
import type { NetworkFile } from './types';

/** Team given to a node with no team attribute, as for a roster row with an empty team. */
export const NETWORK_DEFAULT_TEAM = 'Unknown';

/** What Weft measures (and writes into its own exports) or a drawing holds: read again from a file, it would be stale. */
const NOT_ATTRIBUTES = new Set([
	...['degree', 'strength', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'clustering'],
	...['constraint', 'effectiveSize', 'efficiency', 'eiIndex', 'isolated', 'atEdge'],
	...['tiesInsideTeam', 'otherTeams', 'community', 'role', 'roleReasons', 'id', 'label'],
	...['x', 'y', 'z', 'size', 'color', 'r', 'g', 'b', 'shape', 'thickness']
]);

/** Weft's exports rename a roster column that shares a measure's name to `roster <name>`; reading it back undoes that. */
function attributeName(name: string): string {
	const original = name.startsWith('roster ') ? name.slice('roster '.length) : name;
	return original !== name && NOT_ATTRIBUTES.has(original) ? original : name;
}

export interface NetworkPerson {
	id: string;
	name: string;
	team: string;
	email: string | null;
	attributes: [string, string][];
	line: number;
}

export interface NetworkInteraction {
	source: string;
	target: string;
	weight: number;
	line: number;
}

export interface ImportableNetwork {
	people: NetworkPerson[];
	interactions: NetworkInteraction[];
}

/** The same key rule as rosters and interaction files: trimmed, and lower-cased when it is an email. */
function personKey(id: string): string {
	const trimmed = id.trim();
	return trimmed.includes('@') ? trimmed.toLowerCase() : trimmed;
}

function weightOf(text: string, fileName: string, edge: string, line: number | undefined): number {
	const weight = Number(text.trim());
	if (text.trim() === '' || Number.isNaN(weight))
		throw new InputError(fileName, `${edge}: the weight "${text}" is not a number`, line);
	if (!Number.isFinite(weight) || weight < 0)
		throw new InputError(
			fileName,
			`${edge}: the weight "${text}" must be a finite number of 0 or more`,
			line
		);
	return weight;
}

export function networkPeople(fileName: string, network: NetworkFile): ImportableNetwork {
	if (network.nodes.length === 0) throw new InputError(fileName, 'the network has no nodes');
	const names = [...new Set(network.nodes.flatMap((node) => [...node.attributes.keys()]))];
	const parts = matchColumns(names, {
		name: [...ROSTER_COLUMNS.name, 'label'],
		team: ROSTER_COLUMNS.team,
		email: ROSTER_COLUMNS.email
	});
	const [nameOf, teamOf, emailOf] = [parts.name, parts.team, parts.email].map((index) =>
		index === undefined ? undefined : names[index]
	);
	const kept = names.filter(
		(name) => name !== nameOf && name !== teamOf && name !== emailOf && !NOT_ATTRIBUTES.has(name)
	);

	const lines = new Map<string, number | undefined>();
	const people = network.nodes.map((node, i): NetworkPerson => {
		const id = personKey(node.id);
		if (id === '') throw new InputError(fileName, `node number ${i + 1} has no id`, node.line);
		if (lines.has(id)) {
			const first = lines.get(id);
			throw new InputError(
				fileName,
				`node ${id} is already listed${first === undefined ? '' : ` on line ${first}`}; each person must appear once`,
				node.line
			);
		}
		lines.set(id, node.line);
		const text = (name: string | undefined) =>
			name === undefined ? '' : (node.attributes.get(name) ?? '').trim();
		return {
			id,
			name: node.label?.trim() || text(nameOf) || id,
			team: text(teamOf) || NETWORK_DEFAULT_TEAM,
			email: text(emailOf).toLowerCase() || null,
			attributes: kept
				.filter((name) => node.attributes.has(name))
				.map((name) => [attributeName(name), node.attributes.get(name) as string]),
			line: node.line ?? i + 1
		};
	});

	const interactions = network.edges.map((edge, i): NetworkInteraction => {
		const ends = { source: personKey(edge.source), target: personKey(edge.target) };
		for (const [end, id] of Object.entries(ends)) {
			if (id === '') throw new InputError(fileName, `${edge.label} has no ${end}`, edge.line);
			if (!lines.has(id))
				throw new InputError(
					fileName,
					`${edge.label} names "${id}" as its ${end}, which is not a node of the file`,
					edge.line
				);
		}
		const weightName = INTERACTION_COLUMNS.weight.find((name) => edge.attributes.has(name));
		const text = edge.weight ?? (weightName ? (edge.attributes.get(weightName) as string) : null);
		return {
			...ends,
			weight: text === null ? 1 : weightOf(text, fileName, edge.label, edge.line),
			line: edge.line ?? i + 1
		};
	});
	return { people, interactions };
}
