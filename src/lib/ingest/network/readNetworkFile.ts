// Reads a GEXF or GraphML file into people and interactions, or says which line of it is wrong.
import { InputError } from '../errors';
import type { InputFile } from '../inputFile';
import { readGexf } from './gexfFile';
import { readGraphml } from './graphmlFile';
import { networkPeople, type ImportableNetwork } from './networkPeople';
import { parseXml } from './xmlDocument';

export type NetworkFormat = 'gexf' | 'graphml';

export async function readNetworkFile(
	file: InputFile,
	format: NetworkFormat
): Promise<ImportableNetwork> {
	const document = await parseXml(file);
	const root = document.documentElement.localName ?? document.documentElement.nodeName;
	if (root !== format) {
		throw new InputError(
			file.name,
			`expected a ${format === 'gexf' ? 'GEXF' : 'GraphML'} file, but its root element is <${root}>`
		);
	}
	const network =
		format === 'gexf' ? readGexf(file.name, document) : readGraphml(file.name, document);
	return networkPeople(file.name, network);
}
