// Period text and presets: whole UTC days, both ends included, weeks from Monday.
import { describe, expect, it } from 'vitest';
import {
	beforeAfterPreset,
	lastWeeksPreset,
	parsePeriod,
	periodText,
	weekStart
} from '../../../src/lib/change/periods';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('periods', () => {
	it('reads FIRST..LAST with both days included', () => {
		expect(parsePeriod('2026-01-05..2026-02-01')).toEqual({
			from: day('2026-01-05'),
			to: day('2026-02-02')
		});
		expect(parsePeriod('2026-03-01..2026-03-01')).toEqual({
			from: day('2026-03-01'),
			to: day('2026-03-02')
		});
		expect(periodText({ from: day('2026-01-05'), to: day('2026-02-02') })).toBe(
			'2026-01-05..2026-02-01'
		);
	});

	it('rejects anything else', () => {
		for (const text of [
			'2026-01-05',
			'2026-01-05..',
			'2026-02-30..2026-03-01',
			'2026-02-01..2026-01-05',
			'5/1/2026..6/1/2026'
		])
			expect(parsePeriod(text)).toBeNull();
	});

	it('starts weeks on Monday, UTC', () => {
		// 2026-01-08 is a Thursday; 2026-01-05 a Monday.
		expect(weekStart(day('2026-01-08') + 13 * 3600_000)).toBe(day('2026-01-05'));
		expect(weekStart(day('2026-01-05'))).toBe(day('2026-01-05'));
		expect(weekStart(day('2026-01-04'))).toBe(day('2025-12-29'));
	});

	it('offers the last four weeks against the four before, and before against after a date', () => {
		const { a, b } = lastWeeksPreset(day('2026-03-31'));
		// The week of Tuesday 2026-03-31 ends on Monday 2026-04-06.
		expect(b).toEqual({ from: day('2026-03-09'), to: day('2026-04-06') });
		expect(a).toEqual({ from: day('2026-02-09'), to: day('2026-03-09') });
		expect(beforeAfterPreset(day('2026-01-05'), day('2026-02-18'), day('2026-03-31'))).toEqual({
			a: { from: day('2026-01-05'), to: day('2026-02-16') },
			b: { from: day('2026-02-16'), to: day('2026-04-06') }
		});
	});
});
