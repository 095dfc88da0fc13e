// The Meetings controls' helpers: which size caps apply, an inverted window, and file names fitted to the rail.
import { describe, expect, it } from 'vitest';
import { distinctEndings, pathPieces } from '../../../src/lib/viz/fileNames';
import { countOf } from '../../../src/lib/text/format';
import { sizeCapOf, windowInverted } from '../../../src/lib/graph/settings';

describe('meeting size cap', () => {
	it('takes a whole number of 2 or more, with no upper bound', () => {
		expect(sizeCapOf('2')).toBe(2);
		expect(sizeCapOf('25')).toBe(25);
		expect(sizeCapOf('600')).toBe(600);
	});

	it('refuses what the network cannot use', () => {
		for (const text of ['', '1', '0', '-3', '12.5', '1e2', 'ten'])
			expect(sizeCapOf(text)).toBeNull();
	});
});

describe('analysis window', () => {
	const day = 86_400_000;
	it('is inverted only when both ends are set and no start can fall between them', () => {
		expect(windowInverted({ from: 10 * day, to: 5 * day })).toBe(true);
		expect(windowInverted({ from: 10 * day, to: 10 * day })).toBe(true);
		expect(windowInverted({ from: 10 * day, to: 11 * day })).toBe(false);
		expect(windowInverted({ from: 10 * day, to: null })).toBe(false);
		expect(windowInverted({ from: null, to: 5 * day })).toBe(false);
	});
});

describe('file names in the rail', () => {
	it('cuts each path to the fewest trailing parts that no other file ends with', () => {
		expect(
			distinctEndings([
				'alice.ics',
				'takeout.zip/Takeout/Calendar/grace@acme.com.ics',
				'takeout.zip/Takeout/Calendar/heidi@acme.com.ics',
				'a.zip/work/cal.ics',
				'b.zip/work/cal.ics'
			])
		).toEqual([
			'alice.ics',
			'…/grace@acme.com.ics',
			'…/heidi@acme.com.ics',
			'a.zip/work/cal.ics',
			'b.zip/work/cal.ics'
		]);
	});

	it('breaks a path after each folder', () => {
		expect(pathPieces('takeout.zip/Takeout/x.ics')).toEqual(['takeout.zip/', 'Takeout/', 'x.ics']);
		expect(pathPieces('x.ics')).toEqual(['x.ics']);
		expect(pathPieces('…/Calendar/x.ics')).toEqual(['…/Calendar/', 'x.ics']);
	});
});

describe('counts in sentences', () => {
	it('says one of a thing in the singular', () => {
		expect(countOf(1, 'tie')).toBe('1 tie');
		expect(countOf(0, 'tie')).toBe('0 ties');
		expect(countOf(1200, 'person', 'people')).toBe('1,200 people');
	});
});
