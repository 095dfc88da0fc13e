// Files cut, corrupted or spliced at random (seeded) are refused with one plain message or read, never anything else.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { isInputError } from '../../../src/lib/ingest/errors';
import { importFiles } from '../../../src/lib/ingest/importFiles';

const SEEDS = [
	'tests/fixtures/reference/kite-roster.csv',
	'tests/fixtures/reference/kite.csv',
	'tests/fixtures/calendar/google-europe-london.ics',
	'tests/fixtures/calendar/outlook-w-europe.ics',
	'tests/fixtures/calendarCsv/outlook-us.csv',
	'tests/fixtures/calendarCsv/meetings.csv'
];
const INSERTS = [
	'"',
	',',
	'\n',
	'\r',
	';',
	'=',
	'BEGIN:VEVENT\r\n',
	'END:VCALENDAR\r\n',
	'RRULE:FREQ=DAILY\r\n'
];

/** A small linear congruential generator, so every run mutates the same way. */
function random(seed: number): () => number {
	let state = seed;
	return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
	const at = Math.floor(next() * bytes.length);
	switch (Math.floor(next() * 4)) {
		case 0:
			return bytes.subarray(0, at);
		case 1: {
			const out = bytes.slice();
			for (let k = 0; k < 5; k++) out[Math.floor(next() * out.length)] = Math.floor(next() * 256);
			return out;
		}
		case 2: {
			const insert = new TextEncoder().encode(INSERTS[Math.floor(next() * INSERTS.length)]);
			return new Uint8Array([...bytes.subarray(0, at), ...insert, ...bytes.subarray(at)]);
		}
		default:
			return new Uint8Array([
				...bytes.subarray(0, at),
				...bytes.subarray(Math.min(bytes.length, at + Math.floor(next() * 200)))
			]);
	}
}

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db?.close());

describe('mutated files', () => {
	it('give an InputError in plain words (no DuckDB or parser internals) or import, each within 10 s', async () => {
		const next = random(2026);
		const problems: string[] = [];
		for (let i = 0; i < 120; i++) {
			const path = SEEDS[i % SEEDS.length];
			const name = `m${i}-${path.split('/').pop()}`;
			const bytes = mutate(new Uint8Array(readFileSync(path)), next);
			const started = performance.now();
			try {
				await importFiles(db, [{ name, bytes }], { replace: true });
			} catch (error) {
				const message = (error as Error).message;
				if (!isInputError(error)) problems.push(`${name}: not an InputError: ${message}`);
				else if (!message.startsWith(`${name}: `))
					problems.push(`${name}: names no file: ${message}`);
				else if (/\n|Error:|DuckDB|state machine|strict_mode|Binder|Conversion/.test(message))
					problems.push(`${name}: raw engine text: ${message}`);
			}
			if (performance.now() - started > 10_000) problems.push(`${name}: took over 10 s`);
		}
		expect(problems).toEqual([]);
	}, 300_000);
});
