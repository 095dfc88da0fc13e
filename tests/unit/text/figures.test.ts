// Figures as the views write them: few digits, a dash where none applies, and no minus sign on a zero.
import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../../src/lib/text/format';

describe('formatFigure', () => {
	it('writes a zero computed from negative terms without a sign', () => {
		expect(formatFigure(-0)).toBe('0');
		expect(formatFigure(-1e-17)).toBe('0.000');
		expect(formatFigure(-0.04, 1)).toBe('0.0');
		expect(formatFigure(-0.0004)).toBe('0.000');
	});

	it('keeps the sign of a figure that is not zero, and its digits', () => {
		expect(formatFigure(-0.0006)).toBe('-0.001');
		expect(formatFigure(-0.25)).toBe('-0.250');
		expect(formatFigure(-12.34)).toBe('-12.3');
		expect(formatFigure(-1234.5)).toBe('-1,235');
		expect(formatFigure(-3)).toBe('-3');
		expect(formatFigure(null)).toBe('–');
	});
});
