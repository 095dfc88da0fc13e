// Parses a GEXF or GraphML file's XML with @xmldom/xmldom in the browser and in Node alike, so errors name the same line.
import { InputError } from '../errors';
import type { InputFile } from '../inputFile';

/** Where xmldom puts the line of an element it read (its locator is on). */
export function lineOf(element: Element): number | undefined {
	return (element as Element & { lineNumber?: number }).lineNumber;
}

function xmlProblem(fileName: string, message: string): InputError {
	// xmldom reports "[xmldom error]\tPROBLEM\n@#[line:3,col:5]".
	const line = /@#\[line:(\d+)/.exec(message)?.[1];
	const said = message
		.replace(/^\[xmldom \w+\]\s*/, '')
		.split('\n')[0]
		.trim();
	// xmldom's words for an element that is never closed.
	const problem = said === 'unclosed xml attribute' ? 'an element is not closed' : said;
	return new InputError(
		fileName,
		`the XML is not well-formed: ${problem}`,
		line ? Number(line) : undefined
	);
}

export async function parseXml(file: InputFile): Promise<Document> {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
	} catch {
		throw new InputError(file.name, 'the file is not UTF-8 text');
	}
	// Loaded only when a network file comes in, so the dashboard's first load stays small.
	const { DOMParser } = await import('@xmldom/xmldom');
	const problems: string[] = [];
	const report = (message: string) => problems.push(message);
	// Warnings too: xmldom only warns about an element that is never closed, and such a file has lost its end.
	const document = new DOMParser({
		locator: {},
		errorHandler: { warning: report, error: report, fatalError: report }
	}).parseFromString(text, 'application/xml');
	if (problems.length > 0) throw xmlProblem(file.name, problems[0]);
	if (!document?.documentElement) throw new InputError(file.name, 'the file holds no XML element');
	return document;
}

/** The element's children with this local name (namespace prefixes ignored). */
export function childElements(parent: Element, name: string): Element[] {
	return Array.from(parent.childNodes).filter(
		(node): node is Element =>
			node.nodeType === 1 && ((node as Element).localName ?? (node as Element).nodeName) === name
	);
}

/** Every element below `parent` with this local name, in document order. */
export function descendants(parent: Element | Document, name: string): Element[] {
	return Array.from(parent.getElementsByTagName('*')).filter(
		(element) => (element.localName ?? element.nodeName) === name
	);
}
