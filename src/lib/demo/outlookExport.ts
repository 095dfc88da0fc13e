// Writes the demo's meetings as Outlook's "Export to a file" CSV: one row per occurrence, names not addresses.
import { csvField } from './csv';
import type { DemoOrganisation } from './types';

/** Outlook's calendar export header, quoted exactly as Outlook writes it. */
const HEADER =
	'"Subject","Start Date","Start Time","End Date","End Time","All day event","Reminder on/off",' +
	'"Reminder Date","Reminder Time","Meeting Organizer","Required Attendees","Optional Attendees",' +
	'"Meeting Resources","Billing Information","Categories","Description","Location","Mileage",' +
	'"Priority","Private","Sensitivity","Show time as"';

/** Outlook's code for "Busy" in the "Show time as" column. */
const BUSY = 2;

/** 'YYYY-MM-DDTHH:MM:SSZ' → ['DD/MM/YYYY', 'HH:MM:SS'], the UK locale's day-first date. */
function ukDateTime(iso: string): [string, string] {
	return [`${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, iso.slice(11, 19)];
}

/**
 * The demo's meetings as an Outlook calendar CSV, UTF-8 with a byte-order mark and CRLF line ends.
 * Outlook writes wall-clock times in the exporting machine's zone; these are UTC wall-clock times,
 * which is what a UK Outlook writes in winter, so this and the .ics export describe the same instants.
 */
export function demoOutlookCsv(org: DemoOrganisation): string {
	const names = new Map(org.people.map((person) => [person.id, person.name]));
	const name = (id: string) => names.get(id) ?? id;
	const rows = org.meetings.map((meeting) => {
		const [startDate, startTime] = ukDateTime(meeting.start);
		const [endDate, endTime] = ukDateTime(meeting.end);
		return [
			meeting.title,
			startDate,
			startTime,
			endDate,
			endTime,
			'False',
			'False',
			'',
			'',
			name(meeting.organizer),
			// The organizer is listed too, so the attendee column alone gives everyone present.
			meeting.attendees.map(name).join(';'),
			'',
			'',
			'',
			'',
			'',
			'',
			'',
			'Normal',
			'False',
			'Normal',
			BUSY
		]
			.map(csvField)
			.join(',');
	});
	return '\uFEFF' + [HEADER, ...rows].join('\r\n') + '\r\n';
}
