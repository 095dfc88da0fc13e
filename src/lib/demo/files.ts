// The demo organisation as the files a user would bring: for loading into the dashboard, for download, and for the CLI.
import { textFile, type InputFile } from '../ingest/inputFile';
import { generateDemoOrganisation, interactionsCsv, rosterCsv } from './index';

export const DEMO_ROSTER_FILE = 'northwind-roster.csv';
export const DEMO_INTERACTIONS_FILE = 'northwind-interactions.csv';

export function demoFiles(): InputFile[] {
	const organisation = generateDemoOrganisation();
	return [
		textFile(DEMO_ROSTER_FILE, rosterCsv(organisation)),
		textFile(DEMO_INTERACTIONS_FILE, interactionsCsv(organisation))
	];
}

/** Download links for the page: each builds its file only when clicked. */
export function demoDownloads(): { label: string; filename: string; href: () => string }[] {
	const link = (index: number) => () => {
		const file = demoFiles()[index];
		return URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: 'text/csv' }));
	};
	return [
		{ label: 'Demo roster CSV', filename: DEMO_ROSTER_FILE, href: link(0) },
		{ label: 'Demo interactions CSV', filename: DEMO_INTERACTIONS_FILE, href: link(1) }
	];
}
