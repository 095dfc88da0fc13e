// The demo organisation as the files a user would bring: for loading into the dashboard, for download, and for the CLI.
import { textFile, type InputFile } from '../ingest/inputFile';
import { demoIcs } from './icsExport';
import { generateDemoOrganisation, interactionsCsv, rosterCsv } from './index';
import { demoOutlookCsv } from './outlookExport';

export const DEMO_ROSTER_FILE = 'northwind-roster.csv';
export const DEMO_INTERACTIONS_FILE = 'northwind-interactions.csv';
export const DEMO_CALENDAR_FILE = 'northwind-calendar.ics';
export const DEMO_OUTLOOK_FILE = 'northwind-outlook-calendar.csv';

/** The roster and the meetings as an interactions CSV. */
export function demoFiles(): InputFile[] {
	const organisation = generateDemoOrganisation();
	return [
		textFile(DEMO_ROSTER_FILE, rosterCsv(organisation)),
		textFile(DEMO_INTERACTIONS_FILE, interactionsCsv(organisation))
	];
}

/** The same meetings as calendar exports: either one, with the roster, gives the same network as the interactions. */
export function demoCalendarFiles(): InputFile[] {
	const organisation = generateDemoOrganisation();
	return [
		textFile(DEMO_CALENDAR_FILE, demoIcs(organisation)),
		textFile(DEMO_OUTLOOK_FILE, demoOutlookCsv(organisation))
	];
}

/** What the dashboard opens on: the roster and the calendar, so meeting series (communities of practice) show too. */
export function demoDashboardFiles(): InputFile[] {
	const organisation = generateDemoOrganisation();
	return [
		textFile(DEMO_ROSTER_FILE, rosterCsv(organisation)),
		textFile(DEMO_CALENDAR_FILE, demoIcs(organisation))
	];
}

const DOWNLOADS = [
	{ label: 'Demo roster CSV', filename: DEMO_ROSTER_FILE, type: 'text/csv' },
	{ label: 'Demo interactions CSV', filename: DEMO_INTERACTIONS_FILE, type: 'text/csv' },
	{ label: 'Demo calendar (.ics)', filename: DEMO_CALENDAR_FILE, type: 'text/calendar' },
	{ label: 'Demo Outlook calendar CSV', filename: DEMO_OUTLOOK_FILE, type: 'text/csv' }
];

/** Download links for the page: each builds its file only when clicked. */
export function demoDownloads(): { label: string; filename: string; href: () => string }[] {
	return DOWNLOADS.map(({ label, filename, type }) => ({
		label,
		filename,
		href: () => {
			const file = [...demoFiles(), ...demoCalendarFiles()].find(
				(f) => f.name === filename
			) as InputFile;
			return URL.createObjectURL(new Blob([file.bytes as BlobPart], { type }));
		}
	}));
}
