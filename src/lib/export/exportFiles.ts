// Which files each export format makes, named and typed, for the dashboard's downloads and `weft export` alike.
import type { Analysis } from '../analysis/types';
import type { CalendarFileSummary } from '../graph/calendarSummary';
import { analysisJson } from './analysisJson';
import { networkGexf } from './gexf';
import { networkGraphml } from './graphml';
import { peopleCsv, teamsCsv, tiesCsv } from './tables';
import type { GroupPrivacy } from '../privacy/minGroupSize';

export type ExportFormat =
	'people-csv' | 'teams-csv' | 'ties-csv' | 'csv' | 'json' | 'gexf' | 'graphml';

export interface ExportedFile {
	name: string;
	/** MIME type, for the download. */
	type: string;
	text: string;
}

export interface ExportSource {
	analysis: Analysis;
	/** Calendar files read, as `weft analyze` reports them; empty without calendars. */
	calendars: readonly CalendarFileSummary[];
	/** Stamped into GEXF's metadata (default today). */
	date?: Date;
	/** Withholds small teams' figures in the teams table and the analysis JSON; without it, nothing is withheld. */
	privacy?: GroupPrivacy;
}

/** The dashboard's export choices, in menu order. */
export const EXPORT_CHOICES: readonly { format: ExportFormat; label: string }[] = [
	{ format: 'people-csv', label: 'People (CSV)' },
	{ format: 'teams-csv', label: 'Teams (CSV)' },
	{ format: 'ties-csv', label: 'Ties (CSV)' },
	{ format: 'json', label: 'Analysis (JSON)' },
	{ format: 'gexf', label: 'Network (GEXF, for Gephi)' },
	{ format: 'graphml', label: 'Network (GraphML)' }
];

const CSV = 'text/csv;charset=utf-8';

export function exportFiles(format: ExportFormat, source: ExportSource): ExportedFile[] {
	const { analysis } = source;
	switch (format) {
		case 'people-csv':
			return [{ name: 'people.csv', type: CSV, text: peopleCsv(analysis) }];
		case 'teams-csv':
			return [
				{ name: 'teams.csv', type: CSV, text: teamsCsv(analysis, source.privacy?.minGroupSize) }
			];
		case 'ties-csv':
			return [{ name: 'ties.csv', type: CSV, text: tiesCsv(analysis) }];
		case 'csv':
			return (['people-csv', 'teams-csv', 'ties-csv'] as const).flatMap((part) =>
				exportFiles(part, source)
			);
		case 'json':
			return [
				{
					name: 'analysis.json',
					type: 'application/json',
					text: analysisJson(analysis, source.calendars, source.privacy)
				}
			];
		case 'gexf':
			return [
				{
					name: 'network.gexf',
					type: 'application/gexf+xml',
					text: networkGexf(analysis, { date: source.date })
				}
			];
		case 'graphml':
			return [
				{ name: 'network.graphml', type: 'application/graphml+xml', text: networkGraphml(analysis) }
			];
	}
}
