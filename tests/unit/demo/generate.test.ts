// Checks the demo company is deterministic, the right size, and that its meetings and rows are well formed.
import { describe, expect, it } from 'vitest';
import {
	generateDemoOrganisation,
	MAX_MEETING_SIZE,
	type DemoMeeting
} from '../../../src/lib/demo/index';

const org = generateDemoOrganisation();
const teamOf = new Map(org.people.map((person) => [person.id, person.team]));
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function hours(meeting: DemoMeeting): number {
	return (Date.parse(meeting.end) - Date.parse(meeting.start)) / 3_600_000;
}

describe('generateDemoOrganisation', () => {
	it('gives identical output for the same seed and different output for another', () => {
		const again = generateDemoOrganisation();
		expect(again).toEqual(org);
		expect(JSON.stringify(again)).toBe(JSON.stringify(org));
		expect(JSON.stringify(generateDemoOrganisation({ seed: org.seed }))).toBe(JSON.stringify(org));
		expect(JSON.stringify(generateDemoOrganisation({ seed: 7 }))).not.toBe(JSON.stringify(org));
	});

	it('is fast enough to build on page load', () => {
		const times = [0, 1, 2].map(() => {
			const started = performance.now();
			generateDemoOrganisation({ seed: 11 });
			return performance.now() - started;
		});
		expect(Math.min(...times)).toBeLessThan(300);
	});

	it('has about 250 people in about 10 teams, with unique email-like ids', () => {
		expect(org.people.length).toBeGreaterThanOrEqual(240);
		expect(org.people.length).toBeLessThanOrEqual(260);
		const teams = new Set(org.people.map((person) => person.team));
		expect(teams.size).toBeGreaterThanOrEqual(9);
		expect(teams.size).toBeLessThanOrEqual(11);
		expect(new Set(org.people.map((person) => person.id)).size).toBe(org.people.length);
		expect(new Set(org.people.map((person) => person.name)).size).toBe(org.people.length);
		for (const person of org.people) {
			expect(person.id).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+@northwind\.example$/);
			expect(person.email).toBe(person.id);
			expect(person.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(person.role.length).toBeGreaterThan(0);
		}
	});

	it('sizes teams between 10 and 45 and gives each a lead', () => {
		for (const team of org.teams) {
			const members = org.people.filter((person) => person.team === team.name);
			expect(members.length).toBe(team.size);
			expect(team.size).toBeGreaterThanOrEqual(10);
			expect(team.size).toBeLessThanOrEqual(45);
			expect(teamOf.get(team.lead)).toBe(team.name);
		}
	});

	it('only invites known people, organizers included, without repeats', () => {
		const unknown = org.meetings.flatMap((m) => m.attendees.filter((id) => !teamOf.has(id)));
		expect(unknown).toEqual([]);
		for (const meeting of org.meetings) {
			expect(meeting.attendees).toContain(meeting.organizer);
			expect(new Set(meeting.attendees).size).toBe(meeting.attendees.length);
		}
		expect(new Set(org.meetings.map((meeting) => meeting.uid)).size).toBe(org.meetings.length);
	});

	it('holds meetings on weekdays, in working hours, over 13 weeks from 2026-01-05', () => {
		for (const meeting of org.meetings) {
			expect(meeting.start).toMatch(ISO_TIME);
			expect(meeting.end).toMatch(ISO_TIME);
			const start = new Date(meeting.start);
			expect(start.getUTCDay()).toBeGreaterThanOrEqual(1);
			expect(start.getUTCDay()).toBeLessThanOrEqual(5);
			expect(meeting.start >= '2026-01-05T09:00:00Z').toBe(true);
			expect(meeting.end <= '2026-04-03T17:30:00Z').toBe(true);
			expect(meeting.start.slice(11) >= '09:00:00Z').toBe(true);
			expect(meeting.end.slice(11) <= '17:30:00Z').toBe(true);
			expect(meeting.end.slice(0, 10)).toBe(meeting.start.slice(0, 10));
			expect(hours(meeting)).toBeGreaterThan(0);
		}
	});

	it('double-books nobody', () => {
		const diaries = new Map<string, DemoMeeting[]>();
		for (const meeting of org.meetings) {
			for (const id of meeting.attendees) diaries.set(id, [...(diaries.get(id) ?? []), meeting]);
		}
		const clashes: string[] = [];
		for (const [id, diary] of diaries) {
			// Meetings come sorted by start, so a clash always shows between neighbours.
			for (let i = 1; i < diary.length; i++) {
				if (diary[i].start < diary[i - 1].end) clashes.push(`${id}: ${diary[i].uid}`);
			}
		}
		expect(clashes).toEqual([]);
	});

	it('has every kind of meeting, shaped as described', () => {
		const byKind = new Map<string, DemoMeeting[]>();
		for (const meeting of org.meetings) {
			byKind.set(meeting.kind, [...(byKind.get(meeting.kind) ?? []), meeting]);
		}
		expect([...byKind.keys()].sort()).toEqual(
			[
				'all-hands',
				'community-of-practice',
				'one-off',
				'one-to-one',
				'project',
				'stand-up',
				'team'
			].sort()
		);
		for (const meeting of byKind.get('one-to-one') ?? []) expect(meeting.attendees).toHaveLength(2);
		// Most one-to-ones are with a manager; a few are mentoring across teams.
		const mentoring = (byKind.get('one-to-one') ?? []).filter(
			(meeting) => teamOf.get(meeting.attendees[0]) !== teamOf.get(meeting.attendees[1])
		);
		expect(new Set(mentoring.map((meeting) => meeting.title)).size).toBeGreaterThanOrEqual(8);
		expect(mentoring.every((meeting) => meeting.title.endsWith('mentoring'))).toBe(true);
		for (const meeting of byKind.get('all-hands') ?? []) {
			expect(meeting.attendees).toHaveLength(org.people.length);
		}
		expect(byKind.get('all-hands')?.length).toBeGreaterThanOrEqual(3);
		for (const meeting of byKind.get('project') ?? []) {
			expect(meeting.attendees.length).toBeGreaterThanOrEqual(4);
			expect(meeting.attendees.length).toBeLessThanOrEqual(8);
			const teams = new Set(meeting.attendees.map((id) => teamOf.get(id)));
			expect(teams.size).toBeGreaterThanOrEqual(2);
			expect(teams.size).toBeLessThanOrEqual(3);
		}
		const oneOffs = byKind.get('one-off') ?? [];
		expect(oneOffs.length).toBeGreaterThanOrEqual(30);
		for (const meeting of oneOffs) {
			expect(meeting.attendees.length).toBeGreaterThanOrEqual(3);
			expect(meeting.attendees.length).toBeLessThanOrEqual(6);
			const teams = new Set(meeting.attendees.map((id) => teamOf.get(id)));
			expect(teams.size).toBeGreaterThanOrEqual(2);
			expect(teams.size).toBeLessThanOrEqual(3);
		}
		// Each one-off series meets once: its uid is the series key plus the date.
		const series = new Set(oneOffs.map((meeting) => meeting.uid.replace(/-\d{8}@.*$/, '')));
		expect(series.size).toBe(oneOffs.length);
		const guild = byKind.get('community-of-practice') ?? [];
		expect(guild).toHaveLength(13);
		for (const meeting of guild) {
			expect(meeting.title).toBe(org.planted.communityOfPractice);
			expect(meeting.attendees.length).toBeGreaterThanOrEqual(12);
			expect(meeting.attendees.length).toBeLessThanOrEqual(16);
			expect(new Set(meeting.attendees.map((id) => teamOf.get(id))).size).toBeGreaterThanOrEqual(4);
		}
	});

	it('derives one row per attendee pair of each meeting of 2 to 25 people', () => {
		const counted = org.meetings.filter(
			(meeting) => meeting.attendees.length >= 2 && meeting.attendees.length <= MAX_MEETING_SIZE
		);
		const pairs = counted.reduce(
			(sum, m) => sum + (m.attendees.length * (m.attendees.length - 1)) / 2,
			0
		);
		expect(org.interactions.length).toBe(pairs);
		expect(org.interactions.length).toBeLessThan(90_000);
		expect(org.meetings.some((meeting) => meeting.attendees.length > MAX_MEETING_SIZE)).toBe(true);

		const guild = org.meetings.find((meeting) => meeting.kind === 'community-of-practice');
		if (!guild) throw new Error('no guild meeting');
		const invited = new Set(guild.attendees);
		const rows = org.interactions.filter(
			(row) => row.timestamp === guild.start && invited.has(row.source) && invited.has(row.target)
		);
		const n = guild.attendees.length;
		expect(rows).toHaveLength((n * (n - 1)) / 2);
		const seen = new Set<string>();
		for (const row of rows) {
			expect(row.source < row.target).toBe(true);
			expect(row.weight).toBeCloseTo(hours(guild) / (n - 1), 4);
			seen.add(`${row.source} ${row.target}`);
		}
		expect(seen.size).toBe(rows.length);
	});
});
