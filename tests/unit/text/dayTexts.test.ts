// Dates as the views write them: never a day and month that could belong to two years.
import { describe, expect, it } from 'vitest';
import { dayRangeText } from '../../../src/lib/text/format';
import { axisDayTexts } from '../../../src/lib/graph/windowDays';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('dates on screen', () => {
	it('gives the year on the first axis label and where the year turns', () => {
		const weeks = ['2025-12-01', '2025-12-15', '2025-12-29', '2026-01-12', '2026-01-26'].map(day);
		expect(axisDayTexts(weeks)).toEqual(['2025-12-01', '12-15', '12-29', '2026-01-12', '01-26']);
		expect(axisDayTexts([day('2026-03-02')])).toEqual(['2026-03-02']);
		expect(axisDayTexts([])).toEqual([]);
	});

	it('writes a range with its year, and both years across a new year', () => {
		expect(dayRangeText(day('2026-01-05'), day('2026-03-30'))).toBe('5 Jan – 30 Mar 2026');
		expect(dayRangeText(day('2025-12-01'), day('2026-01-26'))).toBe('1 Dec 2025 – 26 Jan 2026');
	});
});
