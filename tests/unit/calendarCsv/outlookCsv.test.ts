// Reading Outlook's CSV calendar export through real DuckDB-WASM: US, UK, German and French exports, date order,
// attendees and bad rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import type { DateOrder } from '../../../src/lib/ingest/calendar/dates';
import { isOutlookHeader, stageOutlookCsv } from '../../../src/lib/ingest/calendar/outlookCsv';
import { decodeWindows1252 } from '../../../src/lib/ingest/textEncoding';
import { errorOf, fixture, readCsv, utc } from './helpers';

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db.close());

const HEADER =
	'"Subject","Start Date","Start Time","End Date","End Time","All day event","Reminder on/off","Reminder Date","Reminder Time","Meeting Organizer","Required Attendees","Optional Attendees","Meeting Resources","Billing Information","Categories","Description","Location","Mileage","Priority","Private","Sensitivity","Show time as"';

function read(fileName: string, content: Uint8Array | string, dateOrder?: DateOrder) {
	return readCsv(db, fileName, content, (tx, path, layout) =>
		stageOutlookCsv(tx, fileName, path, layout, { dateOrder })
	);
}

/** A short export with the columns the reader uses; rows are [subject, start date, start time, end date, end time, all day, organizer, required, optional]. */
function shortExport(...rows: string[][]): string {
	const header =
		'Subject,Start Date,Start Time,End Date,End Time,All day event,Meeting Organizer,Required Attendees,Optional Attendees';
	return [
		header,
		...rows.map((row) => row.map((field) => `"${field.replaceAll('"', '""')}"`).join(','))
	].join('\n');
}

const person = (name: string, organizer = false) => ({
	email: null,
	name,
	declined: false,
	organizer
});

/** Each occurrence as [title, start, end, all-day, attendees with the organizer marked]. */
function meetings(calendar: Awaited<ReturnType<typeof read>>) {
	return calendar.occurrences.map(({ title, start, end, allDay, attendees }) => [
		title,
		start,
		end,
		allDay,
		attendees.map((a) => `${a.name}${a.organizer ? ' (organizer)' : ''}`)
	]);
}

describe('recognising an Outlook export', () => {
	it('knows Outlook’s header, in any case, from Subject, Start Date and one attendee column', () => {
		expect(isOutlookHeader(HEADER.replaceAll('"', '').split(','))).toBe(true);
		expect(isOutlookHeader(['SUBJECT', 'start date', 'Required Attendees'])).toBe(true);
		expect(isOutlookHeader(['Subject', 'Start Date', 'Meeting Organizer'])).toBe(true);
		expect(isOutlookHeader(['Subject', 'Start Date', 'Start Time'])).toBe(false);
		expect(isOutlookHeader(['meeting_id', 'start', 'attendee'])).toBe(false);
	});
});

describe('a US export (month-first dates, 12-hour times)', () => {
	it('reads each row as one occurrence with UTC times, attendees, all-day and cancellations', async () => {
		const calendar = await read('us.csv', fixture('outlook-us.csv'));
		expect(calendar.events).toBe(4);
		expect(
			calendar.occurrences.map(({ uid, occurrenceKey, ...rest }) => {
				expect(uid).toMatch(/^outlook-[0-9a-f]{16}$/);
				expect(occurrenceKey).toBe(rest.start);
				return rest;
			})
		).toEqual([
			{
				title: 'Quarterly planning',
				start: utc(2026, 3, 30, 9),
				end: utc(2026, 3, 30, 10, 30),
				allDay: false,
				cancelled: false,
				recurring: false,
				attendees: [
					person('Ann Lee', true),
					person('Bob Stone'),
					person('Carla Diaz'),
					person('Dan Ng')
				],
				line: 2
			},
			{
				title: 'Offsite',
				start: utc(2026, 4, 2),
				end: utc(2026, 4, 3),
				allDay: true,
				cancelled: false,
				recurring: false,
				attendees: [person('Bob Stone', true), person('Ann Lee')],
				line: 3
			},
			{
				title: 'Design review',
				start: utc(2026, 4, 13, 14, 30),
				end: utc(2026, 4, 13, 15),
				allDay: false,
				cancelled: true,
				recurring: false,
				attendees: [person('Carla Diaz', true), person('Ann Lee'), person('Dan Ng')],
				line: 4
			},
			{
				title: 'Dentist',
				start: utc(2026, 4, 14, 8),
				end: utc(2026, 4, 14, 9),
				allDay: false,
				cancelled: false,
				recurring: false,
				attendees: [],
				line: 5
			}
		]);
	});

	it('refuses day-first reading when asked for it, naming the first impossible date', async () => {
		expect(await errorOf(read('us.csv', fixture('outlook-us.csv'), 'dmy'))).toBe(
			'us.csv: line 2: the Start Date "3/30/2026" is not a valid date (read as day/month/year)'
		);
	});
});

describe('a UK export (day-first dates, 24-hour times)', () => {
	it('finds the day-first order from 30/03/2026 and reads 02/04/2026 as the 2nd of April', async () => {
		const calendar = await read('uk.csv', fixture('outlook-uk.csv'));
		expect(meetings(calendar)).toEqual([
			[
				'Quarterly planning',
				utc(2026, 3, 30, 9),
				utc(2026, 3, 30, 10, 30),
				false,
				['Ann Lee (organizer)', 'Bob Stone', 'Carla Diaz', 'Dan Ng']
			],
			[
				'Team lunch',
				utc(2026, 4, 2, 12, 30),
				utc(2026, 4, 2, 13, 30),
				false,
				['Bob Stone (organizer)', 'Ann Lee', 'Eve Park']
			],
			['Bank holiday', utc(2026, 4, 6), utc(2026, 4, 7), true, []]
		]);
	});

	it('gives a meeting the same uid in two people’s exports, and different meetings different ones', async () => {
		const us = await read('us.csv', fixture('outlook-us.csv'));
		const uk = await read('uk.csv', fixture('outlook-uk.csv'));
		expect(uk.occurrences[0].uid).toBe(us.occurrences[0].uid);
		const uids = new Set([...us.occurrences, ...uk.occurrences].map((o) => o.uid));
		expect(uids.size).toBe(6);
	});

	it('reads a file saved by Excel: \r\n between rows, a bare \n for a break inside a cell', async () => {
		const rows = [
			HEADER,
			'"Budget review","20/01/2026","14:00:00","20/01/2026","15:30:00","False","False","","","Ann Lee","Bob Stone","","","","","Line one\nLine two, with ""quotes""","","","Normal","False","Normal","2"',
			'"Ops","21/01/2026","10:00:00","21/01/2026","11:00:00","False","False","","","Bob Stone","Ann Lee;Eve Park","","","","","","","","Normal","False","Normal","2"'
		];
		const calendar = await read('excel.csv', `${rows.join('\r\n')}\r\n`);
		expect(
			calendar.occurrences.map(({ title, start, attendees }) => [title, start, attendees.length])
		).toEqual([
			['Budget review', utc(2026, 1, 20, 14), 2],
			['Ops', utc(2026, 1, 21, 10), 3]
		]);
	});
});

describe('dates that could be either order', () => {
	it('asks for the order when every date is ambiguous', async () => {
		expect(await errorOf(read('cal.csv', fixture('outlook-ambiguous.csv')))).toBe(
			'cal.csv: its dates, such as the Start Date "03/04/2026" on line 2, could be month-first or day-first; choose the date order'
		);
	});

	it.each([
		['mdy', utc(2026, 3, 4, 10), utc(2026, 5, 6, 15)],
		['dmy', utc(2026, 4, 3, 10), utc(2026, 6, 5, 15)]
	] as const)('reads them in the chosen order %s', async (order, first, second) => {
		const calendar = await read('cal.csv', fixture('outlook-ambiguous.csv'), order);
		expect(calendar.occurrences.map((o) => o.start)).toEqual([first, second]);
	});

	it('names the line of a date whose order contradicts an earlier one', async () => {
		const csv = shortExport(
			['A', '29/03/2026', '09:00', '', '', '', 'Ann', '', ''],
			['B', '1/2/2026', '09:00', '', '', '', 'Ann', '', ''],
			['C', '3/30/2026', '09:00', '', '', '', 'Ann', '', '']
		);
		expect(await errorOf(read('x.csv', csv))).toBe(
			'x.csv: line 4: the Start Date "3/30/2026" is month-first, but "29/03/2026" on line 2 is day-first; a file must write all dates in one order'
		);
	});

	it('reads ISO and dotted (day-first) dates without needing an order', async () => {
		const csv = shortExport(
			['ISO', '2026-04-03', '14:30', '2026-04-03', '15:00', 'False', 'Ann', '', ''],
			['Dotted', '04.03.2026', '2:30 PM', '04.03.2026', '3:00 PM', 'False', 'Ann', '', '']
		);
		const calendar = await read('x.csv', csv);
		expect(calendar.occurrences.map((o) => [o.start, o.end])).toEqual([
			[utc(2026, 4, 3, 14, 30), utc(2026, 4, 3, 15)],
			[utc(2026, 3, 4, 14, 30), utc(2026, 3, 4, 15)]
		]);
	});
});

describe('exports from German and French Outlook', () => {
	it('reads German headers, dotted dates with and without leading zeros, Ein/Aus and Windows-1252 text', async () => {
		const bytes = fixture('outlook-de.csv');
		const header = decodeWindows1252(bytes).split('\r\n')[0].replaceAll('"', '').split(',');
		expect(isOutlookHeader(header)).toBe(true);
		// As an import reads a CSV saved in Windows-1252, as German Outlook saves it.
		const calendar = await read('de.csv', decodeWindows1252(bytes));
		expect(calendar.events).toBe(3);
		expect(meetings(calendar)).toEqual([
			[
				'Quartalsplanung',
				utc(2026, 3, 30, 9),
				utc(2026, 3, 30, 10, 30),
				false,
				['Jürgen Müller (organizer)', 'Anna Schmidt', 'Özlem Kaya', 'Lena Weiß']
			],
			[
				'Mittagessen',
				utc(2026, 4, 2, 12, 30),
				utc(2026, 4, 2, 13, 30),
				false,
				['Anna Schmidt (organizer)', 'Jürgen Müller']
			],
			['Ostermontag', utc(2026, 4, 6), utc(2026, 4, 7), true, []]
		]);
	});

	it('reads French headers, where the start date and time are both "Début", and Vrai/Faux', async () => {
		const calendar = await read('fr.csv', fixture('outlook-fr.csv'));
		expect(calendar.events).toBe(2);
		expect(meetings(calendar)).toEqual([
			[
				'Comité de pilotage',
				utc(2026, 3, 30, 14),
				utc(2026, 3, 30, 15),
				false,
				['Hélène Durand (organizer)', 'Loïc Martin', 'Chloé Petit', 'François Bernard']
			],
			['Férié', utc(2026, 4, 6), utc(2026, 4, 7), true, []]
		]);
	});
});

describe('times, all-day values and missing ends', () => {
	it.each([
		['9:00:00 AM', 9, 0],
		['12:00:00 AM', 0, 0],
		['12:30 PM', 12, 30],
		['2:30 PM', 14, 30],
		['09:00:00', 9, 0],
		['14:30', 14, 30],
		['', 0, 0]
	])('reads the time "%s"', async (time, hours, minutes) => {
		const csv = shortExport(['A', '2026-03-30', time, '', '', '', 'Ann', '', '']);
		const [occurrence] = (await read('x.csv', csv)).occurrences;
		expect(occurrence.start).toBe(utc(2026, 3, 30, hours, minutes));
	});

	it('reads True/False, Yes/No and 1/0 in any case, and ends a missing end at the start (all-day: a day later)', async () => {
		const csv = shortExport(
			['A', '2026-03-30', '10:00', '', '', 'TRUE', 'Ann', '', ''],
			['B', '2026-03-30', '10:00', '', '', 'yes', 'Ann', '', ''],
			['C', '2026-03-30', '10:00', '', '', '1', 'Ann', '', ''],
			['D', '2026-03-30', '10:00', '', '', 'no', 'Ann', '', ''],
			['E', '2026-03-30', '10:00', '', '', '0', 'Ann', '', ''],
			['F', '2026-03-30', '10:00', '', '11:15', 'false', 'Ann', '', '']
		);
		const calendar = await read('x.csv', csv);
		const start = utc(2026, 3, 30, 10);
		expect(calendar.occurrences.map((o) => [o.title, o.allDay, o.end - start])).toEqual([
			['A', true, 86_400_000],
			['B', true, 86_400_000],
			['C', true, 86_400_000],
			['D', false, 0],
			['E', false, 0],
			['F', false, 75 * 60_000]
		]);
	});
});

describe('attendees', () => {
	it('reads addresses, names and Name <address>, merges the organizer with their attendee entry and drops empties', async () => {
		const csv = shortExport([
			'Review',
			'2026-03-30',
			'10:00',
			'',
			'',
			'',
			'Ann Lee <Ann.Lee@Example.com>',
			'"Lee, Ann" <ann.lee@example.com>;; BOB@example.com ;Carla Diaz;',
			"'Dan Ng' <dan@example.com>;Carla Diaz"
		]);
		const [occurrence] = (await read('x.csv', csv)).occurrences;
		expect(occurrence.attendees).toEqual([
			{ email: 'ann.lee@example.com', name: 'Ann Lee', declined: false, organizer: true },
			{ email: 'bob@example.com', name: null, declined: false, organizer: false },
			{ email: null, name: 'Carla Diaz', declined: false, organizer: false },
			{ email: 'dan@example.com', name: 'Dan Ng', declined: false, organizer: false }
		]);
	});

	it('merges a display-name organizer with the same name in the attendee list', async () => {
		const csv = shortExport([
			'Review',
			'2026-03-30',
			'10:00',
			'',
			'',
			'',
			'Ann Lee',
			'ann lee <ann@example.com>;Bob Stone',
			''
		]);
		const [occurrence] = (await read('x.csv', csv)).occurrences;
		expect(occurrence.attendees).toEqual([
			{ email: 'ann@example.com', name: 'Ann Lee', declined: false, organizer: true },
			person('Bob Stone')
		]);
	});

	it('keeps one entry per person in an all-hands with more attendees than a scan handles', async () => {
		const names = Array.from({ length: 40 }, (_, i) => `Person ${i}`);
		const csv = shortExport([
			'All hands',
			'2026-03-30',
			'10:00',
			'',
			'',
			'',
			'Person 39 <p39@example.com>',
			names.join(';'),
			'person 5;p39@example.com;Person 3 <P3@example.com>;p3@example.com'
		]);
		const [occurrence] = (await read('x.csv', csv)).occurrences;
		expect(occurrence.attendees).toEqual([
			{ email: 'p39@example.com', name: 'Person 39', declined: false, organizer: true },
			...names.slice(0, 39).map((name, i) => ({
				...person(name),
				email: i === 3 ? 'p3@example.com' : null
			}))
		]);
	});
});

describe('bad rows', () => {
	it.each([
		[
			'a date that is no date',
			['A', 'soon', '10:00', '', '', '', 'Ann', '', ''],
			'x.csv: line 3: the Start Date "soon" is not a date'
		],
		[
			'an impossible day',
			['A', '2026-02-30', '10:00', '', '', '', 'Ann', '', ''],
			'x.csv: line 3: the Start Date "2026-02-30" is not a valid date'
		],
		[
			'an empty start date',
			['A', '', '10:00', '', '', '', 'Ann', '', ''],
			'x.csv: line 3: the Start Date is empty'
		],
		[
			'a time that is no time',
			['A', '2026-03-30', '25:00', '', '', '', 'Ann', '', ''],
			'x.csv: line 3: the Start Time "25:00" is not a time'
		],
		[
			'an end before the start',
			['A', '2026-03-30', '10:00', '2026-03-30', '9:00', '', 'Ann', '', ''],
			'x.csv: line 3: the end "2026-03-30 9:00" is before the start "2026-03-30 10:00"'
		],
		[
			'an all-day value that is no yes or no',
			['A', '2026-03-30', '10:00', '', '', 'maybe', 'Ann', '', ''],
			'x.csv: line 3: the All day event "maybe" is not True or False'
		]
	])('names the line and value of %s', async (_, bad, message) => {
		const good = ['Fine', '2026-03-30', '10:00', '', '', '', 'Ann', '', ''];
		expect(await errorOf(read('x.csv', shortExport(good, bad)))).toBe(message);
	});

	it('reports a broken CSV row with its line', async () => {
		expect(await errorOf(read('x.csv', `${HEADER}\n"A","3/30/2026"\n`))).toBe(
			'x.csv: line 2: expected 22 columns, found 2'
		);
	});
});
