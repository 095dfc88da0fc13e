// Reads the nodes, edges and declared attributes of a GEXF file (Gephi's format, versions 1.1 to 1.3).
import { InputError } from '../errors';
import { childElements, descendants, lineOf } from './xmlDocument';
import type { NetworkFile } from './types';

interface Declared {
	title: string;
	fallback: string | null;
}

/** Attribute id to title and default, for one class (node or edge). */
function declarations(graph: Element, kind: 'node' | 'edge'): Map<string, Declared> {
	const declared = new Map<string, Declared>();
	for (const group of childElements(graph, 'attributes')) {
		if ((group.getAttribute('class') || 'node') !== kind) continue;
		for (const attribute of childElements(group, 'attribute')) {
			const id = attribute.getAttribute('id') ?? '';
			const fallback = childElements(attribute, 'default')[0]?.textContent ?? null;
			declared.set(id, { title: attribute.getAttribute('title') || id, fallback });
		}
	}
	return declared;
}

function values(element: Element, declared: Map<string, Declared>): Map<string, string> {
	const result = new Map<string, string>();
	for (const { title, fallback } of declared.values())
		if (fallback !== null) result.set(title, fallback);
	for (const group of childElements(element, 'attvalues')) {
		for (const value of childElements(group, 'attvalue')) {
			const id = value.getAttribute('for') ?? value.getAttribute('id') ?? '';
			// An undeclared attribute (some tools write them) keeps its id as its name.
			result.set(declared.get(id)?.title ?? id, value.getAttribute('value') ?? '');
		}
	}
	return result;
}

export function readGexf(fileName: string, document: Document): NetworkFile {
	const graph = descendants(document, 'graph')[0];
	if (!graph) throw new InputError(fileName, 'a GEXF file without a <graph> element');
	const nodeAttributes = declarations(graph, 'node');
	const edgeAttributes = declarations(graph, 'edge');
	const nodes = descendants(graph, 'node').map((node) => ({
		id: node.getAttribute('id') ?? '',
		label: node.getAttribute('label'),
		attributes: values(node, nodeAttributes),
		line: lineOf(node)
	}));
	const edges = descendants(graph, 'edge').map((edge, i) => ({
		source: edge.getAttribute('source') ?? '',
		target: edge.getAttribute('target') ?? '',
		weight: edge.getAttribute('weight'),
		attributes: values(edge, edgeAttributes),
		line: lineOf(edge),
		label: edge.getAttribute('id') ? `edge ${edge.getAttribute('id')}` : `edge number ${i + 1}`
	}));
	return { nodes, edges };
}
