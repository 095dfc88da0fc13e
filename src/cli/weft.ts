// The headless `weft` command: the same core as the dashboard, run in Node on files from disk.
import { parseArgs } from 'node:util';
import { runAnalyze } from './analyze';
import { runCompare } from './compare';
import { runDemo } from './demo';
import { runExport } from './export';
import { runReport } from './report';
import { UsageError, fail } from './errors';
import { networkOptions } from './networkOptions';
import { readWorkspaceInput } from './workspaceInput';

const USAGE = `Usage:
  weft analyze [--roster FILE] [--out FILE] [options] FILE...   analyse the files, write JSON
  weft export --format gexf|graphml|csv|json [--roster FILE] --out PATH [options] FILE...
                                                                 analyse the files, write the network as GEXF
                                                                 or GraphML, or people.csv, teams.csv and
                                                                 ties.csv into the folder PATH (csv)
  weft compare [--roster FILE] --a FIRST..LAST --b FIRST..LAST [--out FILE] [options] FILE...
                                                                 analyse two periods (days as YYYY-MM-DD, both
                                                                 included), write both and what changed
  weft report [--roster FILE] --out report.html|report.pdf [--paper a4|letter] [options] FILE...
                                                                 analyse the files, write the findings as one
                                                                 self-contained HTML file, or a PDF (Chromium)
  weft demo --out DIR                                            write the demo organisation's files

Workspace (analyze, export, compare, report):
  --workspace FILE                    start from a workspace saved in the page (Save workspace, .weft): its
                                      tables, and its settings for every option not given here; files
                                      given as well are imported into it
Files: a roster CSV, interaction CSVs, calendars (.ics, a .zip of .ics, Outlook CSV, meetings CSV),
a network as GEXF or GraphML (nodes become people, edges interactions);
formats are recognised from each file's content.
Options for calendars:
  --from YYYY-MM-DD --to YYYY-MM-DD   count meetings starting in this window (both days included)
  --max-attendees N                   leave out meetings with more attendees (default 25)
  --include-all-day                   count all-day events too
  --exclude-unlisted                  leave out people not on the roster (teams External and Unknown)
  --date-order mdy|dmy                how to read Outlook CSV dates that could be either
Privacy (analyze, export, compare, report):
  --pseudonymise                      replace names and emails with "Person 042" (teams stay)
  --min-group-size N                  withhold team figures of teams under N people (default 5; 1: none)
Exit code 2 means bad input or usage; the message names the file, line and problem.`;

async function main(argv: string[]): Promise<void> {
	const [command, ...rest] = argv;
	const { values, positionals } = parseArgs({
		args: rest,
		allowPositionals: true,
		options: {
			roster: { type: 'string' },
			workspace: { type: 'string' },
			out: { type: 'string' },
			format: { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			'max-attendees': { type: 'string' },
			'include-all-day': { type: 'boolean' },
			'exclude-unlisted': { type: 'boolean' },
			'date-order': { type: 'string' },
			pseudonymise: { type: 'boolean' },
			'min-group-size': { type: 'string' },
			paper: { type: 'string' },
			a: { type: 'string' },
			b: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (command === undefined || command === 'help' || values.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	if (command === 'demo') return runDemo({ out: values.out });
	if (!['analyze', 'export', 'compare', 'report'].includes(command))
		throw new UsageError(`unknown command "${command}"\n${USAGE}`);
	const workspace =
		values.workspace === undefined ? undefined : await readWorkspaceInput(values.workspace);
	const inputs = {
		workspace: workspace?.file,
		roster: values.roster,
		out: values.out,
		files: positionals,
		...networkOptions(values, workspace?.state)
	};
	if (command === 'analyze') return runAnalyze(inputs);
	if (command === 'export') return runExport({ ...inputs, format: values.format });
	if (command === 'compare') return runCompare({ ...inputs, a: values.a, b: values.b });
	return runReport({ ...inputs, paper: values.paper });
}

// Exit codes are set, not forced with process.exit, so that piped output is flushed before Node ends.
main(process.argv.slice(2)).catch(fail);
