// `weft compare`: import the files once, analyse two periods of them, write both analyses and what changed between them.
import { comparePeriods } from '../lib/change/comparePeriods';
import { newcomerIntegration, type NewcomerReport } from '../lib/change/newcomers';
import { withGroupPrivacy, withheldComparison, withheldTeams } from '../lib/privacy/minGroupSize';
import type { Pseudonyms } from '../lib/privacy/pseudonymise';
import { parsePeriod, periodSettings, periodText, type Period } from '../lib/change/periods';
import { openNodeDatabase } from '../lib/db/node';
import { groupPrivacy } from './analyze';
import { UsageError } from './errors';
import { writeOutput } from './files';
import {
	analyseWindow,
	importInputs,
	requireInputs,
	warnOfCalendarProblems,
	type CommandInputs
} from './importInputs';
import { calendarSummary } from '../lib/graph/calendarSummary';
import { pseudonymsFor, type NetworkOptions } from './networkOptions';
import { emptyPeriodSentence } from '../lib/text/readings';

export const COMPARE_USAGE =
	'weft compare [--workspace FILE] [--roster FILE] --a YYYY-MM-DD..YYYY-MM-DD --b YYYY-MM-DD..YYYY-MM-DD [--out FILE] FILE...';

export interface CompareArgs extends NetworkOptions, CommandInputs {
	out?: string;
	a?: string;
	b?: string;
}

function period(option: 'a' | 'b', text: string | undefined): Period {
	if (text === undefined) throw new UsageError(`compare needs --${option}: ${COMPARE_USAGE}`);
	const parsed = parsePeriod(text);
	if (!parsed) {
		throw new UsageError(
			`--${option} takes a period as FIRST..LAST days, e.g. 2026-01-05..2026-02-01 (LAST not before FIRST), not "${text}"`
		);
	}
	return parsed;
}

/** Newcomers come from SQL by their real keys; with pseudonyms on they are shown by theirs. */
function shownNewcomers(
	report: NewcomerReport,
	pseudonyms: Pseudonyms | undefined
): NewcomerReport {
	if (!pseudonyms) return report;
	return {
		...report,
		newcomers: report.newcomers.map((newcomer) => ({
			...newcomer,
			id: pseudonyms.of(newcomer.id).id
		}))
	};
}

export async function runCompare(args: CompareArgs): Promise<void> {
	const a = period('a', args.a);
	const b = period('b', args.b);
	if (args.settings.from !== null || args.settings.to !== null) {
		throw new UsageError('compare takes its two windows from --a and --b, not --from and --to');
	}
	requireInputs('compare', args, COMPARE_USAGE);
	const db = await openNodeDatabase();
	try {
		await importInputs(db, args, { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) });
		// One set of pseudonyms for both periods, so a person keeps theirs across them.
		const pseudonyms = pseudonymsFor(args);
		const first = await analyseWindow(db, periodSettings(args.settings, a), pseudonyms);
		const analyses = {
			a: first.analysis,
			b: (await analyseWindow(db, periodSettings(args.settings, b), pseudonyms)).analysis
		};
		const calendars = await calendarSummary(db, args.settings);
		warnOfCalendarProblems(
			calendars.map((calendar) => ({ ...calendar, file: first.redact(calendar.file) }))
		);
		// Small teams' figures are withheld in each period and in what changed, as analyze withholds them.
		const privacy = groupPrivacy(args);
		const comparison = withheldComparison(comparePeriods({ a, b }, analyses), privacy.minGroupSize);
		const emptyPeriod = emptyPeriodSentence(comparison.ties);
		if (emptyPeriod) process.stderr.write(`weft: warning: ${emptyPeriod}\n`);
		const document = {
			periods: { a: periodText(a), b: periodText(b) },
			a: withGroupPrivacy(analyses.a, privacy),
			b: withGroupPrivacy(analyses.b, privacy),
			differences: {
				teams: comparison.teams,
				ties: comparison.ties,
				largestChanges: comparison.largestChanges,
				drifting: comparison.drifting,
				communities: comparison.communities
			},
			newcomers: shownNewcomers(await newcomerIntegration(db, args.settings), pseudonyms),
			privacy: { ...privacy, suppressedTeams: withheldTeams(comparison) }
		};
		await writeOutput(args.out, `${JSON.stringify(document, null, 2)}\n`);
	} finally {
		await db.close();
	}
}
