// Checks the demo .ics: valid for ical.js, folded and CRLF, London times across BST, and the same meetings and ties.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { demoIcs } from '../../../src/lib/demo/icsExport';
import {
	generateDemoOrganisation,
	MAX_MEETING_SIZE,
	type DemoMeeting,
	type DemoOrganisation
} from '../../../src/lib/demo/index';

const org = generateDemoOrganisation();
const ics = demoIcs(org);

function vevents(text: string): ICAL.Component[] {
	return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

const email = (property: ICAL.Property) =>
	String(property.getFirstValue()).replace(/^mailto:/i, '');

interface Expanded {
	title: string;
	start: string;
	end: string;
	attendees: string[];
}

/** Every occurrence ical.js expands from the file, RRULEs and EXDATEs applied, in UTC. */
function expand(text: string): Expanded[] {
	const occurrences: Expanded[] = [];
	for (const vevent of vevents(text)) {
		const event = new ICAL.Event(vevent);
		const lengthMs = event.duration.toSeconds() * 1000;
		const attendees = vevent.getAllProperties('attendee').map(email);
		const iterator = event.iterator();
		for (let next = iterator.next(); next; next = iterator.next()) {
			const startMs = next.toUnixTime() * 1000;
			occurrences.push({
				title: event.summary,
				start: new Date(startMs).toISOString().slice(0, 19) + 'Z',
				end: new Date(startMs + lengthMs).toISOString().slice(0, 19) + 'Z',
				attendees
			});
		}
	}
	return occurrences;
}

const occurrenceKey = (o: Pick<DemoMeeting, 'title' | 'start' | 'end' | 'attendees'>) =>
	[o.title, o.start, o.end, [...o.attendees].sort().join(' ')].join('|');

describe('demo iCalendar export', () => {
	it('parses with ical.js, with a London VTIMEZONE and Google-style calendar properties', () => {
		const calendar = new ICAL.Component(ICAL.parse(ics));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
		expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/London');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Northwind meetings');
		const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
		const offset = (iso: string) => zone.utcOffset(ICAL.Time.fromDateTimeString(iso));
		expect(offset('2026-03-29T00:30:00')).toBe(0);
		expect(offset('2026-03-30T10:00:00')).toBe(3600);
		expect(offset('2026-10-26T10:00:00')).toBe(0);
	});

	it('uses CRLF line ends and folds every line to at most 75 octets', () => {
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const lines = ics.split('\r\n');
		expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(
			75
		);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
	});

	it('has weekly series and single events whose occurrences add up to the meetings', () => {
		const events = vevents(ics);
		const series = events.filter((vevent) => vevent.hasProperty('rrule'));
		expect(series.length).toBeGreaterThan(100);
		expect(events.length - series.length).toBeGreaterThan(100);
		let occurrences = events.length - series.length;
		for (const vevent of series) {
			const rule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
			expect(rule.freq).toBe('WEEKLY');
			occurrences += rule.count! - vevent.getAllProperties('exdate').length;
		}
		expect(occurrences).toBe(org.meetings.length);
	});

	it('expands to exactly the demo meetings: titles, UTC times and attendees', () => {
		const expanded = expand(ics).map(occurrenceKey).sort();
		expect(expanded).toEqual(org.meetings.map(occurrenceKey).sort());
	});

	it('gives the same ties as the demo interactions, all attendees accepted', () => {
		expect(ics).not.toMatch(/PARTSTAT=(?!ACCEPTED)/);
		const fromIcs = new Map<string, number>();
		for (const occurrence of expand(ics)) {
			const people = [...new Set(occurrence.attendees)].sort();
			if (people.length < 2 || people.length > MAX_MEETING_SIZE) continue;
			const hours = (Date.parse(occurrence.end) - Date.parse(occurrence.start)) / 3_600_000;
			for (let i = 0; i < people.length; i++) {
				for (let j = i + 1; j < people.length; j++) {
					const pair = `${people[i]}|${people[j]}`;
					fromIcs.set(pair, (fromIcs.get(pair) ?? 0) + hours / (people.length - 1));
				}
			}
		}
		const fromDemo = new Map<string, number>();
		for (const row of org.interactions) {
			const pair = `${row.source}|${row.target}`;
			fromDemo.set(pair, (fromDemo.get(pair) ?? 0) + row.weight);
		}
		expect([...fromIcs.keys()].sort()).toEqual([...fromDemo.keys()].sort());
		for (const [pair, weight] of fromDemo) expect(fromIcs.get(pair)).toBeCloseTo(weight, 2);
	});

	it('writes London wall-clock times either side of the change to BST', () => {
		const events = vevents(ics);
		const byUid = new Map(events.map((vevent) => [vevent.getFirstPropertyValue('uid'), vevent]));
		const check = (utc: string, local: string, hour: number) => {
			const meeting = org.meetings.find((m) => m.start === utc && byUid.has(m.uid));
			expect(meeting, utc).toBeDefined();
			const dtstart = byUid.get(meeting!.uid)!.getFirstProperty('dtstart')!;
			expect(dtstart.getParameter('tzid')).toBe('Europe/London');
			expect(dtstart.toICALString()).toBe(`DTSTART;TZID=Europe/London:${local}`);
			const time = dtstart.getFirstValue() as ICAL.Time;
			expect(time.hour).toBe(hour);
			expect(time.toUnixTime() * 1000).toBe(Date.parse(utc));
		};
		check('2026-03-30T09:00:00Z', '20260330T100000', 10);
		check('2026-03-23T09:00:00Z', '20260323T090000', 9);
	});

	it('round-trips awkward titles and names through ical.js', () => {
		const title = 'Budget, risks; and next steps \\ draft\nsecond line';
		const [target] = org.meetings;
		const awkward: DemoOrganisation = {
			...org,
			people: org.people.map((p) =>
				p.id === target.organizer ? { ...p, name: 'Jones, Dana "DJ": Ops' } : p
			),
			meetings: org.meetings.map((m) => (m.uid === target.uid ? { ...m, title } : m))
		};
		const text = demoIcs(awkward);
		expect(text).toContain('SUMMARY:Budget\\, risks\\; and next steps \\\\ draft\\nsecond line');
		const vevent = vevents(text).find((e) => e.getFirstPropertyValue('uid') === target.uid)!;
		expect(vevent.getFirstPropertyValue('summary')).toBe(title);
		expect(vevent.getFirstProperty('organizer')!.getParameter('cn')).toBe('Jones, Dana "DJ": Ops');
		expect(email(vevent.getFirstProperty('organizer')!)).toBe(target.organizer);
	});

	it('writes a skipped week inside a weekly run as an EXDATE and keeps fortnightly ones single', () => {
		const [a, b] = org.people;
		const meeting = (title: string, date: string): DemoMeeting => {
			const start = `${date}T10:00:00Z`;
			return {
				uid: `${title.toLowerCase()}-${date}@northwind.example`,
				title,
				start,
				end: start.replace('T10:', 'T11:'),
				organizer: a.id,
				attendees: [a.id, b.id],
				kind: 'team'
			};
		};
		const meetings = [
			...['2026-01-05', '2026-01-12', '2026-01-26', '2026-02-02'].map((d) => meeting('Weekly', d)),
			...['2026-01-06', '2026-01-20', '2026-02-03'].map((d) => meeting('Fortnightly', d))
		];
		const small: DemoOrganisation = { ...org, meetings };
		const text = demoIcs(small);
		const events = vevents(text);
		expect(events).toHaveLength(4);
		const weekly = events.find((e) => e.getFirstPropertyValue('summary') === 'Weekly')!;
		expect(String(weekly.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;COUNT=5');
		expect(text).toContain('EXDATE;TZID=Europe/London:20260119T100000');
		expect(expand(text).map(occurrenceKey).sort()).toEqual(meetings.map(occurrenceKey).sort());
	});

	it('is the same text on every run', () => {
		expect(demoIcs(generateDemoOrganisation())).toBe(ics);
	});
});
