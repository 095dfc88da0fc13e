// String columns are encoded joined in one call: each value must still come back whole, whatever its characters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Table, makeVector, tableToIPC } from 'apache-arrow';
import { utf8Column } from '../../../src/lib/db/arrowColumns';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';

/** The column's values as its offsets cut its bytes, with nulls from its bitmap. */
function readBack(values: readonly (string | null)[]): (string | null)[] {
	const data = utf8Column(values);
	const decoder = new TextDecoder();
	return Array.from({ length: data.length }, (_, i) =>
		(data.nullBitmap[i >> 3] >> (i & 7)) & 1
			? decoder.decode(data.values.subarray(data.valueOffsets[i], data.valueOffsets[i + 1]))
			: null
	);
}

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db.close());

describe('utf8Column', () => {
	it('cuts ASCII values at their lengths, with nulls and empty strings', () => {
		const values = ['workload-0@bench.example', null, '', 'Team 33 retro', null];
		expect(readBack(values)).toEqual(values);
		expect(Array.from(utf8Column(values).valueOffsets)).toEqual([0, 24, 24, 24, 37, 37]);
	});

	it('cuts values of two-, three- and four-byte characters at their UTF-8 lengths', () => {
		const values = ['Zoë Müller', 'ASCII', '会議 (東京)', null, 'Retro 🎉🚀', 'Yılmaz'];
		expect(readBack(values)).toEqual(values);
		expect(utf8Column(values).valueOffsets[1]).toBe(12);
	});

	it('encodes a lone surrogate as its own replacement character, not paired with the next value', () => {
		const values = ['end \ud83c', '\udf89 start', 'plain'];
		expect(readBack(values)).toEqual(['end \ufffd', '\ufffd start', 'plain']);
	});

	it('arrives in DuckDB as the strings given', async () => {
		const values = ['Zoë', null, 'plain', '🎉', ''];
		await db.query('CREATE TABLE texts (i INTEGER, text VARCHAR)');
		const ipc = tableToIPC(
			new Table({
				i: makeVector(Int32Array.from(values, (_, i) => i)),
				text: makeVector(utf8Column(values))
			}),
			'stream'
		);
		await db.insertArrowIpc('texts', ipc);
		const rows = await db.query<{ text: string | null }>('SELECT text FROM texts ORDER BY i');
		expect(rows.map((row) => row.text)).toEqual(values);
	});
});
