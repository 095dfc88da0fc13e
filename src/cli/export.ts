// `weft export`: analyse the files as `analyze` does, then write the network as GEXF or GraphML, or the tables as CSV.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportFiles, type ExportFormat } from '../lib/export/exportFiles';
import { InputError } from '../lib/ingest/errors';
import { analyzeFiles, groupPrivacy } from './analyze';
import { UsageError } from './errors';
import { requireInputs, type CommandInputs } from './importInputs';
import type { NetworkOptions } from './networkOptions';

/** What --format takes; csv writes people.csv, teams.csv and ties.csv into the folder given as --out. */
export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;

export interface ExportArgs extends NetworkOptions, CommandInputs {
	format?: string;
	out?: string;
}

const USAGE =
	'weft export --format gexf|graphml|csv|json [--workspace FILE] [--roster FILE] --out PATH FILE...';

function isFormat(format: string): format is (typeof EXPORT_FORMATS)[number] {
	return (EXPORT_FORMATS as readonly string[]).includes(format);
}

async function writeInto(path: string, name: string, text: string): Promise<void> {
	try {
		await writeFile(path, text);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(
			path,
			code === 'ENOENT' ? 'its folder does not exist' : `${name} cannot be written (${code})`
		);
	}
}

export async function runExport(args: ExportArgs): Promise<void> {
	if (args.format === undefined || !isFormat(args.format)) {
		throw new UsageError(
			`export needs --format gexf, graphml, csv or json${args.format === undefined ? '' : `, not "${args.format}"`}: ${USAGE}`
		);
	}
	if (args.out === undefined) throw new UsageError(`export needs --out: ${USAGE}`);
	requireInputs('export', args, USAGE);
	const format: ExportFormat = args.format;
	const out = args.out;
	const { analysis, calendars } = await analyzeFiles(args);
	const files = exportFiles(format, { analysis, calendars, privacy: groupPrivacy(args) });
	if (format === 'csv') {
		try {
			await mkdir(out, { recursive: true });
		} catch (error) {
			throw new InputError(
				out,
				`cannot be made a folder (${(error as NodeJS.ErrnoException).code})`
			);
		}
		for (const file of files) await writeInto(join(out, file.name), file.name, file.text);
	} else await writeInto(out, files[0].name, files[0].text);
}
