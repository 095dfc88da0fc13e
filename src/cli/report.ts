// `weft report`: analyse the files as `analyze` does, then write the findings as one self-contained HTML file or a PDF.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { buildFindings } from '../lib/findings/buildFindings';
import { reportHtml, type Paper } from '../lib/findings/reportHtml';
import { InputError } from '../lib/ingest/errors';
import { analyzeFiles, groupPrivacy } from './analyze';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { UsageError } from './errors';
import { requireInputs, type CommandInputs } from './importInputs';
import type { NetworkOptions } from './networkOptions';

export interface ReportArgs extends NetworkOptions, CommandInputs {
	out?: string;
	paper?: string;
}

const USAGE =
	'weft report [--workspace FILE] [--roster FILE] --out report.html|report.pdf [--paper a4|letter] [options] FILE...';

async function writeReport(path: string, data: string | Uint8Array): Promise<void> {
	try {
		await writeFile(path, data);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(
			path,
			code === 'ENOENT' ? 'its folder does not exist' : `cannot be written (${code})`
		);
	}
}

/** Prints the HTML with headless Chromium; the page makes no request (its CSP forbids any) and runs no script. */
async function printPdf(html: string, paper: Paper): Promise<Uint8Array> {
	const { chromium } = await import('playwright-core');
	const profile = await mkdtemp(join(tmpdir(), 'weft-report-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		headless: true,
		javaScriptEnabled: false,
		offline: true,
		args: CHROMIUM_ARGS
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.setContent(html, { waitUntil: 'load' });
		return await page.pdf({ format: paper === 'letter' ? 'Letter' : 'A4', printBackground: true });
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
}

export async function runReport(args: ReportArgs): Promise<void> {
	if (args.out === undefined) throw new UsageError(`report needs --out: ${USAGE}`);
	requireInputs('report', args, USAGE);
	const kind = extname(args.out).toLowerCase();
	if (kind !== '.html' && kind !== '.htm' && kind !== '.pdf') {
		throw new UsageError(`report writes .html or .pdf, not "${args.out}": ${USAGE}`);
	}
	const paperOption = args.paper?.toLowerCase();
	if (paperOption !== undefined && paperOption !== 'a4' && paperOption !== 'letter') {
		throw new UsageError(`--paper takes a4 or letter, not "${args.paper}"`);
	}
	const paper: Paper | undefined =
		paperOption === 'letter' ? 'letter' : paperOption === 'a4' ? 'A4' : undefined;
	// Checked before the analysis, so a missing browser is said at once.
	if (kind === '.pdf' && !existsSync(chromiumPath())) {
		throw new UsageError(
			`a PDF needs Chromium at ${chromiumPath()} (install it, e.g. apt-get install chromium, or set ` +
				`CHROMIUM_PATH); --out report.html writes the same report without it`
		);
	}
	const { analysis } = await analyzeFiles(args);
	const report = buildFindings(analysis, { minGroupSize: groupPrivacy(args).minGroupSize });
	if (kind === '.pdf') {
		const paperSize = paper ?? 'A4';
		await writeReport(
			args.out,
			await printPdf(reportHtml(report, { paper: paperSize }), paperSize)
		);
	} else await writeReport(args.out, reportHtml(report, { paper }));
}
