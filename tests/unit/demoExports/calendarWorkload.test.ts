// Checks the benchmark calendar: valid iCalendar, the requested occurrence and attendee counts, and reproducible.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarWorkload, WORKLOAD_PEOPLE, WORKLOAD_WEEKS } from '../../../bench/calendarWorkload';

/** Occurrences, VEVENTs and ATTENDEE lines counted from the text, RRULE counts expanded arithmetically. */
function tally(ics: string) {
	const unfolded = ics.replace(/\r\n /g, '');
	const events = unfolded.match(/^BEGIN:VEVENT$/gm)?.length ?? 0;
	const counts = [...unfolded.matchAll(/^RRULE:FREQ=WEEKLY;COUNT=(\d+)$/gm)].map((m) => +m[1]);
	const attendees = unfolded.match(/^ATTENDEE;/gm)?.length ?? 0;
	return {
		events,
		series: counts.length,
		occurrences: events - counts.length + counts.reduce((sum, count) => sum + count, 0),
		meanAttendees: attendees / events,
		counts
	};
}

describe('calendar workload', () => {
	const options = { occurrences: 2_600, attendees: 8, recurringShare: 0.5, seed: 7 };
	const { ics, people } = calendarWorkload(options);

	it('is valid iCalendar with folded CRLF lines', () => {
		const calendar = new ICAL.Component(ICAL.parse(ics));
		const events = calendar.getAllSubcomponents('vevent');
		expect(events).toHaveLength(tally(ics).events);
		const first = events[0];
		expect(first.getFirstProperty('dtstart')!.toICALString()).toMatch(/^DTSTART:\d{8}T\d{6}Z$/);
		expect(first.getFirstProperty('attendee')!.getParameter('cn')).toBeTruthy();
		const lines = ics.split('\r\n');
		expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(
			75
		);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('produces the requested occurrences, share of series and attendees per meeting', () => {
		const counts = tally(ics);
		expect(counts.occurrences).toBe(options.occurrences);
		expect(counts.series).toBe(100);
		expect(counts.counts.every((count) => count === WORKLOAD_WEEKS)).toBe(true);
		expect(counts.events).toBe(100 + 1_300);
		expect(counts.meanAttendees).toBeGreaterThan(options.attendees * 0.9);
		expect(counts.meanAttendees).toBeLessThan(options.attendees * 1.1);
		for (const [occurrences, recurringShare] of [
			[30, 0.5],
			[26, 1],
			[1_000, 0]
		]) {
			const result = tally(calendarWorkload({ occurrences, attendees: 5, recurringShare }).ics);
			expect(result.occurrences).toBe(occurrences);
		}
	});

	it('draws from 2,000 people, mostly from the organizer team', () => {
		expect(new Set(people).size).toBe(WORKLOAD_PEOPLE);
		const teamOf = new Map(people.map((address, i) => [address, Math.floor(i / 20)]));
		let same = 0;
		let total = 0;
		for (const vevent of new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')) {
			const address = (name: string) =>
				vevent.getAllProperties(name).map((p) => String(p.getFirstValue()).slice(7));
			const [organizer] = address('organizer');
			for (const attendee of address('attendee')) {
				expect(teamOf.has(attendee)).toBe(true);
				total++;
				if (teamOf.get(attendee) === teamOf.get(organizer)) same++;
			}
		}
		expect(same / total).toBeGreaterThan(0.7);
	});

	it('is deterministic for a seed and differs between seeds', () => {
		expect(calendarWorkload(options).ics).toBe(ics);
		expect(calendarWorkload({ ...options, seed: 8 }).ics).not.toBe(ics);
	});

	it('makes 100,000 occurrences quickly', () => {
		const started = performance.now();
		const large = calendarWorkload({ occurrences: 100_000, attendees: 8, recurringShare: 0.5 });
		const elapsed = performance.now() - started;
		expect(tally(large.ics).occurrences).toBe(100_000);
		// Generous against a loaded test machine; typically about a quarter of a second.
		expect(elapsed).toBeLessThan(5_000);
	});
});
