// Reads the nodes, edges and keyed data of a GraphML file (Cytoscape, networkx, igraph, yEd, Gephi).
import { InputError } from '../errors';
import { childElements, descendants, lineOf } from './xmlDocument';
import type { NetworkFile } from './types';

interface Key {
	name: string;
	fallback: string | null;
}

/** Key id to name and default, for keys that apply to `kind`; yEd's graphics keys hold drawings, not values, and are skipped. */
function keys(root: Element, kind: 'node' | 'edge'): Map<string, Key> {
	const result = new Map<string, Key>();
	for (const key of childElements(root, 'key')) {
		const target = key.getAttribute('for') || 'all';
		if ((target !== kind && target !== 'all') || key.getAttribute('yfiles.type')) continue;
		const id = key.getAttribute('id') ?? '';
		const fallback = childElements(key, 'default')[0]?.textContent ?? null;
		result.set(id, { name: key.getAttribute('attr.name') || id, fallback });
	}
	return result;
}

function data(element: Element, declared: Map<string, Key>): Map<string, string> {
	const result = new Map<string, string>();
	for (const { name, fallback } of declared.values())
		if (fallback !== null) result.set(name, fallback);
	for (const value of childElements(element, 'data')) {
		const key = value.getAttribute('key') ?? '';
		const known = declared.get(key);
		if (known) result.set(known.name, value.textContent ?? '');
	}
	return result;
}

export function readGraphml(fileName: string, document: Document): NetworkFile {
	const root = document.documentElement;
	const graph = childElements(root, 'graph')[0];
	if (!graph) throw new InputError(fileName, 'a GraphML file without a <graph> element');
	const nodeKeys = keys(root, 'node');
	const edgeKeys = keys(root, 'edge');
	const nodes = descendants(graph, 'node').map((node) => ({
		id: node.getAttribute('id') ?? '',
		label: null,
		attributes: data(node, nodeKeys),
		line: lineOf(node)
	}));
	const edges = descendants(graph, 'edge').map((edge, i) => ({
		source: edge.getAttribute('source') ?? '',
		target: edge.getAttribute('target') ?? '',
		weight: null,
		attributes: data(edge, edgeKeys),
		line: lineOf(edge),
		label: edge.getAttribute('id') ? `edge ${edge.getAttribute('id')}` : `edge number ${i + 1}`
	}));
	return { nodes, edges };
}
