// The network as GEXF 1.3 (Gephi's format): people as nodes, ties as undirected edges, every attribute declared with its type.
import type { Analysis } from '../analysis/types';
import {
	attributeText,
	personAttributes,
	TIE_ATTRIBUTES,
	type AttributeColumn,
	type AttributeType
} from './networkAttributes';
import { escapeXml } from './xml';

/** GEXF's names for our attribute types (its `integer` is 32-bit, enough for counts and community ids). */
const GEXF_TYPES: Record<AttributeType, string> = {
	string: 'string',
	integer: 'integer',
	double: 'double',
	boolean: 'boolean'
};

function attributeClass<T>(
	kind: 'node' | 'edge',
	columns: readonly AttributeColumn<T>[]
): string[] {
	return [
		`\t\t<attributes class="${kind}" mode="static">`,
		...columns.map(
			(column, i) =>
				`\t\t\t<attribute id="${i}" title="${escapeXml(column.name)}" type="${GEXF_TYPES[column.type]}"/>`
		),
		'\t\t</attributes>'
	];
}

function attvalues<T>(item: T, columns: readonly AttributeColumn<T>[]): string {
	const values = columns.flatMap((column, i) => {
		const value = column.value(item);
		return value === null
			? []
			: [`<attvalue for="${i}" value="${escapeXml(attributeText(value))}"/>`];
	});
	return values.length === 0 ? '' : `<attvalues>${values.join('')}</attvalues>`;
}

export interface GexfOptions {
	/** The file's last-modified date (default today). */
	date?: Date;
}

// Hand-written: graphology-gexf's writer infers each attribute's type from the values (a measure that happens to be
// whole everywhere becomes an integer, one that is null everywhere disappears) and lets XML-illegal characters through.
export function networkGexf(analysis: Analysis, options: GexfOptions = {}): string {
	const people = personAttributes(analysis);
	// Weight is the edge's own GEXF attribute, which Gephi reads as the edge weight.
	const tieColumns = TIE_ATTRIBUTES.filter((column) => column.name !== 'weight');
	const date = (options.date ?? new Date()).toISOString().slice(0, 10);
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
		`\t<meta lastmodifieddate="${date}">`,
		'\t\t<creator>Weft</creator>',
		'\t\t<description>People and the ties between them, with every measure Weft computed</description>',
		'\t</meta>',
		'\t<graph defaultedgetype="undirected" mode="static">',
		...attributeClass('node', people),
		...attributeClass('edge', tieColumns),
		'\t\t<nodes>',
		...analysis.people.map(
			(person) =>
				`\t\t\t<node id="${escapeXml(person.id)}" label="${escapeXml(person.name)}">${attvalues(person, people)}</node>`
		),
		'\t\t</nodes>',
		'\t\t<edges>',
		...analysis.ties.map(
			(tie, i) =>
				`\t\t\t<edge id="${i}" source="${escapeXml(tie.source)}" target="${escapeXml(tie.target)}" weight="${attributeText(tie.weight)}">${attvalues(tie, tieColumns)}</edge>`
		),
		'\t\t</edges>',
		'\t</graph>',
		'</gexf>'
	];
	return `${lines.join('\n')}\n`;
}
