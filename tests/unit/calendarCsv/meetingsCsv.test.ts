// Reading a long-form meetings CSV through real DuckDB-WASM: grouping rows into occurrences, responses, cancellations and bad rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { isMeetingsHeader, stageMeetingsCsv } from '../../../src/lib/ingest/calendar/meetingsCsv';
import { errorOf, fixture, readCsv, utc } from './helpers';

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db.close());

function read(fileName: string, content: Uint8Array | string) {
	return readCsv(db, fileName, content, (tx, path, layout) =>
		stageMeetingsCsv(tx, fileName, path, layout)
	);
}

/** An attendee as stored: of the responses, only a decline counts. */
const attendee = (
	email: string | null,
	response: string | null,
	organizer = false,
	name: string | null = null
) => ({ email, name, declined: response === 'DECLINED', organizer });

describe('recognising a meetings CSV', () => {
	it('needs a meeting id, a start and an attendee column, under any of their names', () => {
		expect(isMeetingsHeader(['meeting_id', 'start', 'end', 'attendee'])).toBe(true);
		expect(isMeetingsHeader(['Event ID', 'Start', 'Participant'])).toBe(true);
		expect(isMeetingsHeader(['uid', 'start', 'email', 'response'])).toBe(true);
		expect(isMeetingsHeader(['meeting_id', 'start'])).toBe(false);
		expect(isMeetingsHeader(['source', 'target', 'timestamp'])).toBe(false);
	});
});

describe('grouping rows into occurrences', () => {
	it('groups by meeting and start wherever the rows are, with responses, organizers and cancellations', async () => {
		const calendar = await read('meetings.csv', fixture('meetings.csv'));
		expect(calendar.events).toBe(3);
		expect(calendar.occurrences).toEqual([
			{
				uid: 'wk-1',
				occurrenceKey: utc(2026, 3, 30, 9),
				start: utc(2026, 3, 30, 9),
				end: utc(2026, 3, 30, 9, 30),
				title: 'Weekly sync',
				allDay: false,
				cancelled: false,
				recurring: true,
				attendees: [
					attendee('ann@example.com', 'ACCEPTED', true),
					attendee('bob@example.com', 'DECLINED', false, 'Bob Stone'),
					attendee('carla@example.com', 'TENTATIVE')
				],
				line: 2
			},
			{
				uid: 'r-7',
				occurrenceKey: utc(2026, 4, 1, 14),
				start: utc(2026, 4, 1, 14),
				end: utc(2026, 4, 1, 15),
				title: 'Roadmap review',
				allDay: false,
				cancelled: true,
				recurring: false,
				attendees: [
					attendee('dan@example.com', 'ACCEPTED', true),
					attendee('ann@example.com', null)
				],
				line: 5
			},
			{
				uid: 'wk-1',
				occurrenceKey: utc(2026, 4, 6, 9),
				start: utc(2026, 4, 6, 9),
				end: utc(2026, 4, 6, 9, 30),
				title: 'Weekly sync',
				allDay: false,
				cancelled: false,
				recurring: true,
				attendees: [
					attendee('ann@example.com', 'ACCEPTED', true),
					attendee('bob@example.com', 'NEEDS-ACTION')
				],
				line: 6
			},
			{
				uid: 'x-3',
				occurrenceKey: utc(2026, 4, 2, 8),
				start: utc(2026, 4, 2, 8),
				end: utc(2026, 4, 2, 8),
				title: 'Launch',
				allDay: false,
				cancelled: false,
				recurring: false,
				attendees: [attendee('eve@example.com', 'ACCEPTED', true)],
				line: 9
			}
		]);
	});

	it('reads an organizer column that names the organizer, all-day meetings and synonyms', async () => {
		const csv = [
			'Event ID,Subject,Start,Participant,Organiser,All Day,Response Status',
			'e1,Offsite,2026-04-02,Ann Lee <Ann@Example.com>,ann@example.com,Yes,tentativelyAccepted',
			'e1,,2026-04-02,bob@example.com,ann@example.com,,Not Responded',
			'e1,,2026-04-02,,ann@example.com,,'
		].join('\n');
		const calendar = await read('x.csv', csv);
		expect(calendar).toEqual({
			events: 1,
			occurrences: [
				{
					uid: 'e1',
					occurrenceKey: utc(2026, 4, 2),
					start: utc(2026, 4, 2),
					end: utc(2026, 4, 3),
					title: 'Offsite',
					allDay: true,
					cancelled: false,
					recurring: false,
					attendees: [
						attendee('ann@example.com', 'TENTATIVE', true, 'Ann Lee'),
						attendee('bob@example.com', 'NEEDS-ACTION')
					],
					line: 2
				}
			]
		});
	});

	it('keeps each occurrence’s attendees in file order, with a person listed twice once', async () => {
		const rows = ['ann', 'bob', 'carla', 'dan', 'eve', 'ann'].map(
			(name) => `m1,2026-03-30T09:00:00,${name}@example.com`
		);
		const csv = ['meeting_id,start,attendee', ...rows].join('\n');
		const [occurrence] = (await read('x.csv', csv)).occurrences;
		expect(occurrence.attendees.map((a) => a.email)).toEqual([
			'ann@example.com',
			'bob@example.com',
			'carla@example.com',
			'dan@example.com',
			'eve@example.com'
		]);
	});
});

describe('bad rows', () => {
	const HEADER = 'meeting_id,start,end,attendee,response,all_day';
	const GOOD = 'm1,2026-03-30T09:00:00Z,2026-03-30T10:00:00Z,ann@example.com,accepted,no';
	it.each([
		[
			'an empty meeting id',
			',2026-03-30T09:00:00Z,,bob@x.com,,',
			'line 3: the meeting_id is empty'
		],
		['an empty start', 'm1, ,,bob@x.com,,', 'line 3: the start is empty'],
		[
			'a start that is no date',
			'm1,30/03/2026 09:00,,bob@x.com,,',
			'line 3: the start "30/03/2026 09:00" is not a date and time (write it like 2026-03-29T09:00:00Z)'
		],
		[
			'an end that is no date',
			'm1,2026-03-30T09:00:00Z,later,bob@x.com,,',
			'line 3: the end "later" is not a date and time (write it like 2026-03-29T09:30:00Z)'
		],
		[
			'an end before the start',
			'm1,2026-03-30T09:00:00Z,2026-03-30T08:00:00Z,bob@x.com,,',
			'line 3: the end "2026-03-30T08:00:00Z" is before the start'
		],
		[
			'an unknown response',
			'm1,2026-03-30T09:00:00Z,,bob@x.com,perhaps,',
			'line 3: the response "perhaps" is not a response (accepted, declined, tentative, needs-action or delegated)'
		],
		[
			'an all-day value that is no yes or no',
			'm1,2026-03-30T09:00:00Z,,bob@x.com,,sometimes',
			'line 3: the all_day "sometimes" is not true or false'
		]
	])('names the line and value of %s', async (_, bad, message) => {
		expect(await errorOf(read('x.csv', [HEADER, GOOD, bad].join('\n')))).toBe(`x.csv: ${message}`);
	});

	it('reports the first bad line, whichever kind of problem comes first', async () => {
		const badResponse = 'm1,2026-03-30T09:00:00Z,,bob@x.com,perhaps,';
		const badStart = 'm2,soon,,bob@x.com,,';
		expect(await errorOf(read('x.csv', [HEADER, GOOD, badResponse, badStart].join('\n')))).toMatch(
			/^x\.csv: line 3: the response "perhaps"/
		);
		expect(await errorOf(read('x.csv', [HEADER, GOOD, badStart, badResponse].join('\n')))).toMatch(
			/^x\.csv: line 3: the start "soon"/
		);
	});

	it('reports a broken CSV row with its line', async () => {
		const csv =
			'\uFEFFmeeting_id,start,attendee\r\nm1,2026-03-30T09:00:00Z,a@x.com\r\nm1,2026-03-30T09:00:00Z\r\n';
		expect(await errorOf(read('x.csv', csv))).toBe('x.csv: line 3: expected 3 columns, found 2');
	});
});
