// Results leave the db layer as plain values: numbers not BigInt, and nulls as null even in numeric columns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db.close());

describe('query results', () => {
	it('are plain rows with numbers, strings, lists and nulls', async () => {
		const rows = await db.query(
			`SELECT * FROM (VALUES (1::INTEGER, NULL::DOUBLE, 'a', 10::BIGINT, [1, 2]),
				(NULL, 2.5, NULL, 9007199254740993::HUGEINT, [])) t(a, b, c, d, e)`
		);
		expect(rows).toEqual([
			{ a: 1, b: null, c: 'a', d: 10, e: [1, 2] },
			{ a: null, b: 2.5, c: null, d: 9007199254740992, e: [] }
		]);
	});

	it('binds parameters instead of pasting them', async () => {
		const [row] = await db.query<{ text: string; n: number }>(
			'SELECT ?::VARCHAR AS text, ? + 1 AS n',
			["it's; DROP TABLE x", 41]
		);
		expect(row).toEqual({ text: "it's; DROP TABLE x", n: 42 });
	});

	it('come column by column: typed arrays where Arrow has them, plain values elsewhere', async () => {
		const columns = await db.queryColumns<{
			p: number;
			w: number;
			big: number;
			text: string | null;
		}>(
			`SELECT * FROM (VALUES (3::INTEGER, 0.5::DOUBLE, 10::BIGINT, 'a'),
				(7, 1.25, 9007199254740993::HUGEINT, NULL)) t(p, w, big, text)`
		);
		expect(columns.p).toBeInstanceOf(Int32Array);
		expect(Array.from(columns.p)).toEqual([3, 7]);
		expect(Array.from(columns.w)).toEqual([0.5, 1.25]);
		expect(Array.from(columns.big)).toEqual([10, 9007199254740992]);
		expect(Array.from(columns.text)).toEqual(['a', null]);
	});
});
