// The headless `weft` command: the same core as the dashboard, run in Node on files from disk.
import { parseArgs } from 'node:util';
import { runAnalyze } from './analyze';
import { runDemo } from './demo';
import { UsageError, fail } from './errors';

const USAGE = `Usage:
  weft analyze [--roster FILE] [--out FILE] FILE...   analyse roster and interaction files, write JSON
  weft demo --out DIR                                  write the demo organisation's roster and interactions
Formats are recognised from each file's content. Exit code 2 means bad input or usage.`;

async function main(argv: string[]): Promise<void> {
	const [command, ...rest] = argv;
	const { values, positionals } = parseArgs({
		args: rest,
		allowPositionals: true,
		options: {
			roster: { type: 'string' },
			out: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (command === undefined || command === 'help' || values.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	if (command === 'analyze')
		return runAnalyze({ roster: values.roster, out: values.out, files: positionals });
	if (command === 'demo') return runDemo({ out: values.out });
	throw new UsageError(`unknown command "${command}"\n${USAGE}`);
}

// Exit codes are set, not forced with process.exit, so that piped output is flushed before Node ends.
main(process.argv.slice(2)).catch(fail);
