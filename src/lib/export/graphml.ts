// The network as GraphML (read by Cytoscape, networkx, igraph, yEd and Gephi): people as nodes, ties as edges, typed keys.
import type { Analysis, PersonResult } from '../analysis/types';
import {
	attributeText,
	personAttributes,
	TIE_ATTRIBUTES,
	type AttributeColumn,
	type AttributeType
} from './networkAttributes';
import { escapeXml } from './xml';

/** GraphML's attr.type names (`int` is 32-bit, enough for counts and community ids). */
const GRAPHML_TYPES: Record<AttributeType, string> = {
	string: 'string',
	integer: 'int',
	double: 'double',
	boolean: 'boolean'
};

function keys<T>(
	kind: 'node' | 'edge',
	prefix: string,
	columns: readonly AttributeColumn<T>[]
): string[] {
	return columns.map(
		(column, i) =>
			`\t<key id="${prefix}${i}" for="${kind}" attr.name="${escapeXml(column.name)}" attr.type="${GRAPHML_TYPES[column.type]}"/>`
	);
}

function data<T>(item: T, prefix: string, columns: readonly AttributeColumn<T>[]): string {
	return columns
		.map((column, i) => {
			const value = column.value(item);
			return value === null
				? ''
				: `<data key="${prefix}${i}">${escapeXml(attributeText(value))}</data>`;
		})
		.join('');
}

// Hand-written: graphology-graphml only parses; it has no writer.
export function networkGraphml(analysis: Analysis): string {
	const nameColumn: AttributeColumn<PersonResult> = {
		name: 'name',
		type: 'string',
		value: (person) => person.name
	};
	const people = [nameColumn, ...personAttributes(analysis)];
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
		...keys('node', 'n', people),
		...keys('edge', 'e', TIE_ATTRIBUTES),
		'\t<graph id="weft" edgedefault="undirected">',
		...analysis.people.map(
			(person) => `\t\t<node id="${escapeXml(person.id)}">${data(person, 'n', people)}</node>`
		),
		...analysis.ties.map(
			(tie, i) =>
				`\t\t<edge id="t${i}" source="${escapeXml(tie.source)}" target="${escapeXml(tie.target)}">${data(tie, 'e', TIE_ATTRIBUTES)}</edge>`
		),
		'\t</graph>',
		'</graphml>'
	];
	return `${lines.join('\n')}\n`;
}
