// Parsing each distinct event line once gives exactly ical.js's own jCal, and leaves ical.js as it found it.
import { readFileSync, readdirSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { generateDemoOrganisation } from '../../../src/lib/demo';
import { demoIcs } from '../../../src/lib/demo/icsExport';
import { parseWithLineMemo, type LineMemo } from '../../../src/lib/ingest/calendar/icsLineMemo';
import type { JCalComponent } from '../../../src/lib/ingest/calendar/jcal';

const FIXTURES = 'tests/fixtures/calendar';
const ownStep = () => (ICAL.parse as unknown as { _handleContentLine: unknown })._handleContentLine;

describe('parsing with a line memo', () => {
	const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.ics'));

	it.each(files)('%s: the same jCal as ICAL.parse', (name) => {
		const text = readFileSync(`${FIXTURES}/${name}`, 'utf8');
		expect(parseWithLineMemo(text, new Map())).toEqual(ICAL.parse(text));
	});

	it('parses a line that repeats across events once, and shares its jCal', () => {
		const text = demoIcs(generateDemoOrganisation());
		const memo: LineMemo = new Map();
		const calendar = parseWithLineMemo(text, memo) as unknown as JCalComponent;
		expect(calendar).toEqual(ICAL.parse(text));
		const events = calendar[2].filter((component) => component[0] === 'vevent');
		const organizers = events.flatMap((event) => event[1].filter((p) => p[0] === 'organizer'));
		// The demo's organisation has 250 people, so its organizer lines repeat.
		const distinct = new Set(organizers);
		expect(organizers.length).toBeGreaterThan(1000);
		expect(distinct.size).toBeLessThanOrEqual(250);
		expect(memo.size).toBeGreaterThan(distinct.size);
		// Lines outside events (the calendar's own, its time zones) are not kept.
		const keys = [...memo.keys()];
		expect(text).toMatch(/^PRODID:/m);
		expect(text).toMatch(/^TZOFFSETFROM:/m);
		expect(keys.filter((line) => /^(PRODID|VERSION|TZOFFSETFROM|TZID):/i.test(line))).toEqual([]);
	});

	it('gives ical.js its own step back, also when the text is refused', () => {
		const step = ownStep();
		const broken =
			'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nno colon here\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
		expect(() => parseWithLineMemo(broken, new Map())).toThrow(/invalid line/);
		expect(ownStep()).toBe(step);
		parseWithLineMemo('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', new Map());
		expect(ownStep()).toBe(step);
	});
});
