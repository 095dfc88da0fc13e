// Large files read by DuckDB from disk (Node: by path), with only their head in memory: counts, progress, encodings.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { writeMeetingsCsv } from '../../../bench/largeMeetings';
import { readInputFile } from '../../../src/cli/files';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { isDiskFile, textFile, type ImportInput } from '../../../src/lib/ingest/inputFile';
import { clearWorkspace } from '../../../src/lib/ingest/schema';

let db: Database;
let folder: string;
beforeAll(async () => {
	db = await openNodeDatabase();
	folder = await mkdtemp(join(tmpdir(), 'weft-large-'));
});
afterAll(async () => {
	await db.close();
	await rm(folder, { recursive: true, force: true });
});
beforeEach(async () => clearWorkspace(db));

/** Writes `bytes` to a file and reads it back as a large file would be: any size counts as large here. */
async function onDisk(name: string, bytes: Uint8Array | string): Promise<ImportInput> {
	const path = join(folder, name);
	await writeFile(path, bytes);
	return readInputFile(path, { largeFrom: 1 });
}

function interactionsCsv(rows: number): string {
	const lines = ['source,target,weight,timestamp'];
	for (let i = 0; i < rows; i++) {
		lines.push(`p${i % 50}@example.org,p${(i * 7 + 1) % 50}@example.org,2,2026-02-02T10:00:00Z`);
	}
	return `${lines.join('\n')}\n`;
}

async function counts(): Promise<{ interactions: number; weight: number }> {
	const [row] = await db.query<{ interactions: number; weight: number }>(
		'SELECT count(*)::INTEGER AS interactions, sum(weight)::DOUBLE AS weight FROM interactions'
	);
	return row;
}

describe('a large CSV, read from disk by path', () => {
	it('is handed to DuckDB by path, with only its head read, and imports every row', async () => {
		const text = interactionsCsv(200_000);
		const file = await onDisk('log.csv', text);
		expect(isDiskFile(file)).toBe(true);
		if (!isDiskFile(file)) return;
		expect(file.source).toEqual({ kind: 'path', path: join(folder, 'log.csv') });
		expect(file.size).toBe(text.length);
		expect(file.head.length).toBeLessThan(text.length);

		const progress: [string, number][] = [];
		const imported = await importFiles(db, [file], {
			onProgress: (label, fraction) => progress.push([label, fraction])
		});
		expect(imported).toEqual([{ name: 'log.csv', kind: 'interactions', rows: 200_000 }]);
		expect(await counts()).toEqual({ interactions: 200_000, weight: 400_000 });
		// DuckDB's own progress report, as a share of the file read, climbing.
		const reading = progress.filter(([label]) => label.startsWith('Reading log.csv ('));
		expect(reading.length).toBeGreaterThan(1);
		const shares = reading.map(([, fraction]) => fraction);
		expect(shares).toEqual([...shares].sort((a, b) => a - b));
		expect(shares.at(-1)).toBeGreaterThan(0.5);
	});

	it('takes UTF-8 with a byte order mark', async () => {
		const file = await onDisk('bom.csv', `\uFEFF${interactionsCsv(10)}`);
		await importFiles(db, [file]);
		expect((await counts()).interactions).toBe(10);
	});

	it('refuses UTF-16 and Windows-1252 by name, saying to save it as UTF-8, and changes nothing', async () => {
		await importFiles(db, [textFile('before.csv', 'source,target\nann,bob\n')]);
		const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(64)]);
		await expect(importFiles(db, [await onDisk('excel.csv', utf16)])).rejects.toThrow(
			/^excel\.csv: the file is UTF-16 text; .*must be UTF-8: save it as CSV UTF-8$/
		);
		const cp1252 = new Uint8Array([...new TextEncoder().encode('id,name,team\n1,Zo'), 0xeb, 0x0a]);
		await expect(importFiles(db, [await onDisk('latin.csv', cp1252)])).rejects.toThrow(
			/^latin\.csv: the file is not UTF-8 text .*save it as CSV UTF-8$/
		);
		expect((await counts()).interactions).toBe(1);
	});

	it('refuses a byte that is not UTF-8 past the head, from DuckDB, with its line', async () => {
		const text = interactionsCsv(30_000);
		const bytes = new Uint8Array([
			...new TextEncoder().encode(text),
			...new TextEncoder().encode('Zo'),
			0xeb,
			0x2c,
			0x62,
			0x0a
		]);
		const file = await onDisk('tail.csv', bytes);
		expect(isDiskFile(file) && file.head.length < bytes.length).toBe(true);
		await expect(importFiles(db, [file])).rejects.toThrow(
			/^tail\.csv: (line \d+: )?the file is not UTF-8 text; save it as CSV UTF-8$/
		);
	});

	it('says DuckDB ran out of memory when the rows do not fit, and changes nothing', async () => {
		// A database of its own, so the small limit is not taken up by what the other tests left.
		const small = await openNodeDatabase();
		try {
			await importFiles(small, [textFile('before.csv', 'source,target\nann,bob\n')]);
			await small.query("SET memory_limit = '16MB'");
			const file = await onDisk('huge.csv', interactionsCsv(300_000));
			await expect(importFiles(small, [file])).rejects.toThrow(
				/^huge\.csv: DuckDB ran out of memory for its rows \(.*\); split the file \(interactions can also be summed per pair of people and day first\)$/
			);
			const [{ count }] = await small.query<{ count: number }>(
				'SELECT count(*)::INTEGER AS count FROM interactions'
			);
			expect(count).toBe(1);
		} finally {
			await small.close();
		}
	});

	it('names the line of a bad row as DuckDB reads it, and changes nothing', async () => {
		await importFiles(db, [textFile('before.csv', 'source,target\nann,bob\n')]);
		const file = await onDisk('bad.csv', 'source,target\nann,bob\ncid,"dan\n');
		await expect(importFiles(db, [file])).rejects.toThrow(/^bad\.csv: line 3: /);
		expect((await counts()).interactions).toBe(1);
	});

	it('reads a large file that is not a CSV (a calendar) into memory, as before', async () => {
		const ics = [
			'BEGIN:VCALENDAR',
			'BEGIN:VEVENT',
			'UID:1',
			'DTSTART:20260202T100000Z',
			'DTEND:20260202T110000Z',
			'ATTENDEE:mailto:ann@example.org',
			'ATTENDEE:mailto:bob@example.org',
			'END:VEVENT',
			'END:VCALENDAR',
			''
		].join('\r\n');
		const imported = await importFiles(db, [await onDisk('team.ics', ics)]);
		expect(imported).toMatchObject([{ name: 'team.ics', kind: 'calendar', rows: 1 }]);
	});
});

describe('a large calendar CSV, read from disk by path', () => {
	async function stored(): Promise<Record<string, number>> {
		const [row] = await db.query<Record<string, number>>(
			`SELECT (SELECT count(*) FROM meeting_occurrences)::INTEGER AS occurrences,
				(SELECT count(DISTINCT uid) FROM meeting_occurrences)::INTEGER AS meetings,
				(SELECT count(*) FROM meeting_occurrences WHERE recurring)::INTEGER AS recurring,
				(SELECT count(*) FROM meeting_attendance)::INTEGER AS attendance,
				(SELECT count(*) FROM meeting_attendance WHERE declined)::INTEGER AS declined,
				(SELECT count(*) FROM meeting_attendance WHERE organizer)::INTEGER AS organizers,
				(SELECT count(*) FROM calendar_identities)::INTEGER AS identities`
		);
		return row;
	}

	it('groups a meetings CSV into occurrences in DuckDB, attendees and all', async () => {
		const path = join(folder, 'meetings.csv');
		const made = await writeMeetingsCsv(path, 4 * 1024 * 1024, 300);
		const lines = (await readFile(path, 'utf8')).trimEnd().split('\n').slice(1);
		const file = await readInputFile(path, { largeFrom: 1 });
		expect(isDiskFile(file)).toBe(true);
		const imported = await importFiles(db, [file]);
		const meetings = Math.ceil(made.occurrences / 4);
		expect(imported).toEqual([
			{ name: 'meetings.csv', kind: 'calendar', rows: made.occurrences, events: meetings }
		]);
		// Every row names a different person of its meeting, written as an address or as `Name <address>`: one
		// identity per address and form, and every row attends.
		expect(await stored()).toEqual({
			occurrences: made.occurrences,
			meetings,
			recurring: made.occurrences - (made.occurrences % 4 === 1 ? 1 : 0),
			attendance: made.rows,
			declined: lines.filter((line) => line.endsWith(',declined')).length,
			organizers: lines.filter((line) => line.includes(',yes,')).length,
			identities: new Set(lines.map((line) => line.split(',')[4])).size
		});
	});

	it('says DuckDB ran out of memory when a meetings CSV does not fit, and changes nothing', async () => {
		const small = await openNodeDatabase();
		try {
			await importFiles(small, [textFile('before.csv', 'source,target\nann,bob\n')]);
			await small.query("SET memory_limit = '16MB'");
			const path = join(folder, 'many-meetings.csv');
			await writeMeetingsCsv(path, 8 * 1024 * 1024, 300);
			await expect(
				importFiles(small, [await readInputFile(path, { largeFrom: 1 })])
			).rejects.toThrow(
				/^many-meetings\.csv: DuckDB ran out of memory for its rows \(.*\); split the file/
			);
			const [{ interactions, occurrences }] = await small.query<Record<string, number>>(
				`SELECT (SELECT count(*) FROM interactions)::INTEGER AS interactions,
					(SELECT count(*) FROM meeting_occurrences)::INTEGER AS occurrences`
			);
			expect({ interactions, occurrences }).toEqual({ interactions: 1, occurrences: 0 });
		} finally {
			await small.close();
		}
	});

	it('reads an Outlook export row by row in DuckDB, attendees and all', async () => {
		const header =
			'Subject,Start Date,Start Time,End Date,End Time,All day event,Meeting Organizer,Required Attendees,Optional Attendees';
		const rows = Array.from({ length: 20_000 }, (_, i) => {
			const day = 1 + (i % 28);
			const people = [1, 2, 3].map((k) => `Person ${(i + k * 7) % 90}`);
			return `Meeting ${i},${day}/3/2026,9:00:00 AM,${day}/3/2026,10:00:00 AM,False,Person ${i % 90},${people.join(';')},`;
		});
		const path = join(folder, 'outlook.csv');
		await writeFile(path, [header, ...rows].join('\r\n'));
		const imported = await importFiles(db, [await readInputFile(path, { largeFrom: 1 })], {
			dateOrder: 'dmy'
		});
		expect(imported).toEqual([
			{ name: 'outlook.csv', kind: 'calendar', rows: 20_000, events: 20_000 }
		]);
		// The organizer and three others at each meeting; the organizer is never one of the three (7, 14, 21 apart).
		expect(await stored()).toMatchObject({
			occurrences: 20_000,
			meetings: 20_000,
			recurring: 0,
			attendance: 80_000,
			organizers: 20_000,
			declined: 0,
			identities: 90
		});
	});
});
