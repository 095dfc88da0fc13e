// Checks the demo Outlook CSV: BOM, exact header, CRLF, one row per meeting, day-first dates and display names.
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { generateDemoOrganisation } from '../../../src/lib/demo/index';
import { demoOutlookCsv } from '../../../src/lib/demo/outlookExport';

const HEADER =
	'"Subject","Start Date","Start Time","End Date","End Time","All day event","Reminder on/off","Reminder Date","Reminder Time","Meeting Organizer","Required Attendees","Optional Attendees","Meeting Resources","Billing Information","Categories","Description","Location","Mileage","Priority","Private","Sensitivity","Show time as"';

const org = generateDemoOrganisation();
const csv = demoOutlookCsv(org);
const rows = csvParse(csv.slice(1));
const names = new Map(org.people.map((p) => [p.id, p.name]));

describe('demo Outlook CSV export', () => {
	it('starts with a BOM and the exact Outlook header, with CRLF line ends', () => {
		expect(csv.startsWith('\uFEFF' + HEADER + '\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(rows.columns).toHaveLength(22);
	});

	it('has one row per meeting, the all-hands included', () => {
		expect(rows).toHaveLength(org.meetings.length);
		const allHands = rows.filter((row) => row.Subject === 'Northwind all-hands');
		expect(allHands).toHaveLength(org.meetings.filter((m) => m.kind === 'all-hands').length);
		expect(allHands[0]['Required Attendees'].split(';')).toHaveLength(org.people.length);
	});

	it('writes a sampled meeting with UK dates, UTC times and display names', () => {
		const index = org.meetings.findIndex((m) => m.start === '2026-03-30T09:00:00Z');
		const meeting = org.meetings[index];
		const row = rows[index];
		expect(row.Subject).toBe(meeting.title);
		expect(row['Start Date']).toBe('30/03/2026');
		expect(row['Start Time']).toBe('09:00:00');
		expect(row['End Date']).toBe('30/03/2026');
		expect(row['End Time']).toBe(meeting.end.slice(11, 19));
		expect(row['All day event']).toBe('False');
		expect(row['Meeting Organizer']).toBe(names.get(meeting.organizer));
		expect(row['Required Attendees'].split(';')).toEqual(
			meeting.attendees.map((id) => names.get(id))
		);
		expect(row['Optional Attendees']).toBe('');
	});

	it('gives every meeting a day-first date and a time', () => {
		for (const [i, row] of rows.entries()) {
			const [date, time] = org.meetings[i].start.split('T');
			const [year, month, day] = date.split('-');
			expect(row['Start Date']).toBe(`${day}/${month}/${year}`);
			expect(row['Start Time']).toBe(time.slice(0, 8));
		}
	});
});
