// A network read from a GEXF or GraphML file: its nodes with their attributes, and its edges with their weight.

export interface NetworkNode {
	/** The node's id as written in the file. */
	id: string;
	/** GEXF's label, if any. */
	label: string | null;
	/** Attribute name (as declared) to value, as text. */
	attributes: Map<string, string>;
	line: number | undefined;
}

export interface NetworkEdge {
	source: string;
	target: string;
	/** The edge's own weight (GEXF's weight attribute), when it has one. */
	weight: string | null;
	attributes: Map<string, string>;
	line: number | undefined;
	/** How the file names the edge in a message: its id, else its position. */
	label: string;
}

export interface NetworkFile {
	nodes: NetworkNode[];
	edges: NetworkEdge[];
}
