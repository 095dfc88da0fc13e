// Writes the demo roster and interactions as RFC 4180 CSV text, ready to save or feed to the importer.
import type { DemoOrganisation } from './types';

/** Quotes a field only when it holds a comma, a quote or a line break, doubling any quotes. */
export function csvField(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText(
	header: readonly string[],
	rows: readonly (readonly (string | number)[])[]
): string {
	const lines = [header.join(','), ...rows.map((row) => row.map(csvField).join(','))];
	// Plain '\n' line ends, like d3's csvFormat: every CSV reader accepts them and files stay smaller.
	return lines.join('\n') + '\n';
}

export function rosterCsv(org: Pick<DemoOrganisation, 'people'>): string {
	return csvText(
		['id', 'name', 'email', 'team', 'role', 'location', 'start_date'],
		org.people.map((p) => [p.id, p.name, p.email, p.team, p.role, p.location, p.startDate])
	);
}

export function interactionsCsv(org: Pick<DemoOrganisation, 'interactions'>): string {
	return csvText(
		['source', 'target', 'weight', 'timestamp'],
		org.interactions.map((row) => [row.source, row.target, row.weight, row.timestamp])
	);
}
