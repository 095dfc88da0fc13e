// A large .ics is parsed in runs of events with progress, and gives exactly what one whole parse gives.
import { describe, expect, it } from 'vitest';
import { calendarWorkload } from '../../../bench/calendarWorkload';
import { generateDemoOrganisation } from '../../../src/lib/demo';
import { demoIcs } from '../../../src/lib/demo/icsExport';
import { parseIcs } from '../../../src/lib/ingest/calendar/ics';
import { splitCalendar } from '../../../src/lib/ingest/calendar/icsChunks';

describe('parsing a large calendar in runs', () => {
	it('gives the same occurrences as one whole parse, and reports progress per run', () => {
		// The demo has VTIMEZONE, X-WR-TIMEZONE (floating reading), weekly series and single events.
		const text = demoIcs(generateDemoOrganisation());
		const whole = parseIcs('demo.ics', text, { eventsPerChunk: Infinity });
		const progress: number[] = [];
		const runs = parseIcs('demo.ics', text, {
			eventsPerChunk: 400,
			onProgress: (f) => progress.push(f)
		});
		expect(runs).toEqual(whole);
		expect(whole.occurrences.length).toBe(generateDemoOrganisation().meetings.length);
		// One report per run of 400 events, the last at 1.
		const runCount = Math.ceil(whole.events / 400);
		expect(runCount).toBeGreaterThan(2);
		expect(progress).toEqual(Array.from({ length: runCount }, (_, i) => (i + 1) / runCount));
	});

	it('keeps the line numbers of events in later runs', () => {
		const { ics } = calendarWorkload({ occurrences: 3000, attendees: 4, recurringShare: 0 });
		const lines = parseIcs('w.ics', ics, { eventsPerChunk: 1000 }).occurrences.map((o) => o.line);
		const whole = parseIcs('w.ics', ics, { eventsPerChunk: Infinity }).occurrences.map(
			(o) => o.line
		);
		expect(lines).toEqual(whole);
		expect(ics.split(/\r?\n/)[lines[2500] - 1]).toBe('BEGIN:VEVENT');
	});

	it('names the line of a broken event in a later run, as a whole parse does', () => {
		const { ics } = calendarWorkload({ occurrences: 3000, attendees: 4, recurringShare: 0 });
		const lines = ics.split('\r\n');
		const broken = lines.findIndex(
			(line, i) => i > lines.length * 0.8 && line.startsWith('DTSTART')
		);
		lines[broken] = 'DTSTART:this is not a date';
		const text = lines.join('\r\n');
		const message = (events: number) => {
			try {
				parseIcs('w.ics', text, { eventsPerChunk: events });
			} catch (error) {
				return (error as Error).message;
			}
		};
		expect(message(1000)).toBe(message(Infinity));
		expect(message(1000)).toMatch(/^w\.ics: line \d+: /);
	});

	it('leaves small files and files with several calendars whole', () => {
		expect(
			splitCalendar('BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VEVENT\nEND:VCALENDAR\n', 10)
		).toBeNull();
	});
});
