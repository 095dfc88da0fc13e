// A time zone no file defines and the platform does not know is read as UTC, and the import summary says so, file by
// file: through DuckDB, a re-import of the file, and a saved workspace (one saved before such zones were kept too).
// A calendar without events is warned of too.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import {
	calendarSummary,
	calendarWarnings,
	type CalendarFileSummary
} from '../../../src/lib/graph/calendarSummary';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile } from '../../../src/lib/ingest/inputFile';
import { MANIFEST_ENTRY, tableEntry } from '../../../src/lib/workspaceFile/format';
import { openWorkspaceFile } from '../../../src/lib/workspaceFile/readWorkspaceFile';
import { DEFAULT_STATE } from '../../../src/lib/workspaceFile/state';
import { workspaceFileBytes } from '../../../src/lib/workspaceFile/writeWorkspaceFile';

const meeting = (uid: string, start: string) => [
	'BEGIN:VEVENT',
	`UID:${uid}`,
	start,
	'DURATION:PT1H',
	'ORGANIZER:mailto:ann@acme.com',
	'ATTENDEE:mailto:bo@acme.com',
	'END:VEVENT'
];
const calendar = (...events: string[][]) =>
	[
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//test//EN',
		...events.flat(),
		'END:VCALENDAR',
		''
	].join('\r\n');

const ZONED = calendar(
	meeting('a', 'DTSTART;TZID=Head Office:20260302T090000'),
	meeting('b', 'DTSTART;TZID=Mars/Olympus_Mons:20260303T090000'),
	meeting('c', 'DTSTART;TZID=Europe/Paris:20260304T090000'),
	meeting('d', 'DTSTART;TZID=Head Office:20260305T090000')
);
const PLAIN = calendar(meeting('e', 'DTSTART:20260306T090000Z'));

const zonesByFile = async (db: Database) =>
	(await calendarSummary(db, DEFAULT_SETTINGS)).map(({ file, unknownZones }) => ({
		file,
		unknownZones
	}));

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db.close());

describe('time zones nothing defines', () => {
	it("are named once each in their file's summary, with a warning that says what was done", async () => {
		await importFiles(db, [textFile('zoned.ics', ZONED), textFile('plain.ics', PLAIN)]);
		const summary = await calendarSummary(db, DEFAULT_SETTINGS);
		expect(summary.map((file) => [file.file, file.counted, file.unknownZones])).toEqual([
			['plain.ics', 1, []],
			['zoned.ics', 4, ['Head Office', 'Mars/Olympus_Mons']]
		]);
		expect(calendarWarnings(summary)).toEqual([
			'The time zone "Head Office" in zoned.ics is neither defined in the file (no VTIMEZONE) nor an IANA or Windows zone name, so its times were read as UTC and may be hours off: export the calendar again with its time zones, or correct the TZID',
			'The time zone "Mars/Olympus_Mons" in zoned.ics is neither defined in the file (no VTIMEZONE) nor an IANA or Windows zone name, so its times were read as UTC and may be hours off: export the calendar again with its time zones, or correct the TZID'
		]);
	});

	it('are warned of once a zone, naming its first files and counting the rest', () => {
		const file = (name: string, unknownZones: string[]) =>
			({ file: name, unknownZones }) as CalendarFileSummary;
		const files = ['a', 'b', 'c', 'd', 'e'].map((name) => file(`${name}.ics`, ['Office']));
		const tail =
			'(no VTIMEZONE) nor an IANA or Windows zone name, so its times were read as UTC and may be hours off: export the calendar again with its time zones, or correct the TZID';
		expect(calendarWarnings([...files.slice(0, 2), file('x.ics', ['Lab', 'Office'])])).toEqual([
			`The time zone "Office" in a.ics, b.ics and x.ics is neither defined in those files ${tail}`,
			`The time zone "Lab" in x.ics is neither defined in the file ${tail}`
		]);
		expect(calendarWarnings(files.slice(0, 2))).toEqual([
			`The time zone "Office" in a.ics and b.ics is neither defined in those files ${tail}`
		]);
		expect(calendarWarnings(files.slice(0, 4))).toEqual([
			`The time zone "Office" in a.ics, b.ics, c.ics and 1 other file is neither defined in those files ${tail}`
		]);
		expect(calendarWarnings(files)).toEqual([
			`The time zone "Office" in a.ics, b.ics, c.ics and 2 other files is neither defined in those files ${tail}`
		]);
		expect(calendarWarnings([file('p.ics', [])])).toEqual([]);
	});

	it('are forgotten when the file is imported again without them', async () => {
		await importFiles(db, [textFile('zoned.ics', PLAIN.replace('UID:e', 'UID:f'))]);
		expect(await zonesByFile(db)).toEqual([
			{ file: 'plain.ics', unknownZones: [] },
			{ file: 'zoned.ics', unknownZones: [] }
		]);
	});

	it('come back with a saved workspace, and a workspace saved without them opens with none', async () => {
		await importFiles(db, [textFile('zoned.ics', ZONED)]);
		const opening = await openNodeDatabase();
		try {
			const bytes = await workspaceFileBytes(db, DEFAULT_STATE);
			await openWorkspaceFile(opening, { name: 'saved.weft', bytes });
			expect(await zonesByFile(opening)).toEqual(await zonesByFile(db));
			expect((await zonesByFile(opening))[1].unknownZones).toHaveLength(2);

			// As an earlier Weft saved it: no such table, and no count of it in the manifest.
			const entries = unzipSync(bytes);
			delete entries[tableEntry('calendar_unknown_zones')];
			const manifest = JSON.parse(strFromU8(entries[MANIFEST_ENTRY]));
			delete manifest.tables.calendar_unknown_zones;
			entries[MANIFEST_ENTRY] = strToU8(JSON.stringify(manifest));
			await openWorkspaceFile(opening, { name: 'older.weft', bytes: zipSync(entries) });
			expect(await zonesByFile(opening)).toEqual([
				{ file: 'plain.ics', unknownZones: [] },
				{ file: 'zoned.ics', unknownZones: [] }
			]);
		} finally {
			await opening.close();
		}
	});
});

describe('calendars without events', () => {
	it('are read, and warned of: a list of to-dos cannot make a network', async () => {
		const todos = [
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//test//EN',
			'BEGIN:VTODO',
			'UID:t1',
			'SUMMARY:File the report',
			'END:VTODO',
			'END:VCALENDAR',
			''
		].join('\r\n');
		await importFiles(db, [textFile('todos.ics', todos), textFile('tasks.ics', todos)]);
		// The files imported before in this file stay as they were.
		const summary = (await calendarSummary(db, DEFAULT_SETTINGS)).filter((file) =>
			file.file.startsWith('t')
		);
		expect(summary.map((file) => [file.file, file.events, file.occurrences])).toEqual([
			['tasks.ics', 0, 0],
			['todos.ics', 0, 0]
		]);
		expect(calendarWarnings(summary)).toEqual([
			'tasks.ics and todos.ics hold no events (to-dos only, or an empty calendar), so nothing from them can count: check that they are the calendars you meant'
		]);
	});
});
