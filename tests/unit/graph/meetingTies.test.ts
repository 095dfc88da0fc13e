// Meetings become ties in SQL: duplicates, declines, cancellations, the size cap, all-day events, the window, and matching.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { calendarSummary, calendarWarnings } from '../../../src/lib/graph/calendarSummary';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS, type NetworkSettings } from '../../../src/lib/graph/settings';
import type { Person, Tie } from '../../../src/lib/graph/types';
import { storeCalendar } from '../../../src/lib/ingest/calendar/store';
import { calendarBatches } from '../../../src/lib/ingest/calendar/batches';
import type { AttendeeRecord, OccurrenceRecord } from '../../../src/lib/ingest/calendar/types';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile } from '../../../src/lib/ingest/inputFile';
import {
	clearWorkspace,
	IDENTITIES_ARE_NUMBERED,
	indexMeetingPairs,
	PAIRS_ARE_CURRENT,
	refreshMeetingIndex
} from '../../../src/lib/ingest/schema';
import { acmeRoster } from './acme';

const H = 3_600_000;
const MONDAY = Date.UTC(2026, 0, 5, 9);

function person(
	email: string | null,
	name: string | null = null,
	partstat: AttendeeRecord['partstat'] = 'ACCEPTED'
): AttendeeRecord {
	return { email, name, partstat, organizer: false };
}

function meeting(
	uid: string,
	start: number,
	hours: number,
	attendees: AttendeeRecord[],
	extra: Partial<OccurrenceRecord> = {}
): OccurrenceRecord {
	return {
		uid,
		occurrenceKey: start,
		start,
		end: start + hours * H,
		title: uid,
		allDay: false,
		cancelled: false,
		recurring: false,
		sequence: null,
		seriesSequence: null,
		attendees,
		line: 1,
		...extra
	};
}

const ann = person('ann@acme.com');
const bo = person('bo@acme.com');
const cy = person('cy@acme.com');

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db.close());
beforeEach(async () => {
	await clearWorkspace(db);
	await importFiles(db, [acmeRoster()]);
});

/** Each person's key to "name/team", as the network shows them. */
const nameAndTeamByKey = (people: readonly Person[]) =>
	Object.fromEntries(people.map((p) => [p.id, `${p.name}/${p.team}`]));

async function store(file: string, occurrences: OccurrenceRecord[]) {
	await db.transaction((tx) =>
		storeCalendar(tx, file, [
			calendarBatches({ events: occurrences.length, occurrences, unknownZones: [] })
		]).then(() => refreshMeetingIndex(tx))
	);
}

async function exactTies(settings: Partial<NetworkSettings>) {
	return (await loadNetwork(db, { ...DEFAULT_SETTINGS, ...settings })).ties;
}

const asText = (ties: Tie[]) =>
	ties.map(
		(t) => `${t.source}|${t.target} i=${t.interactions} m=${t.minutes} w=${+t.weight.toFixed(6)}`
	);

async function pairsAreCurrent(): Promise<boolean> {
	const [{ current }] = await db.query<{ current: boolean }>(
		`SELECT ${PAIRS_ARE_CURRENT} AS current`
	);
	return current;
}

/** The ties read as an import's first analysis does (straight from presence), which the pairs index must then repeat. */
async function ties(settings: Partial<NetworkSettings> = {}) {
	expect(await pairsAreCurrent()).toBe(false);
	const direct = await exactTies(settings);
	await indexMeetingPairs(db);
	expect(await pairsAreCurrent()).toBe(true);
	// To the last bit: weights are summed in whole units, so the order the pairs come in cannot change them.
	expect(await exactTies(settings)).toEqual(direct);
	// The next import's refresh makes the pairs stale again.
	await db.transaction(refreshMeetingIndex);
	return asText(direct);
}

describe('ties from meetings', () => {
	it('counts each pair of a meeting: 1 interaction, its minutes, and hours / (n - 1) of weight', async () => {
		// A 1-hour meeting of three, and a 30-minute one-to-one between Ann and Bo.
		await store('a.ics', [
			meeting('m1', MONDAY, 1, [ann, bo, cy]),
			meeting('m2', MONDAY + 24 * H, 0.5, [ann, bo])
		]);
		expect(await ties()).toEqual([
			'ann@acme.com|bo@acme.com i=2 m=90 w=1',
			'ann@acme.com|cy@acme.com i=1 m=60 w=0.5',
			'bo@acme.com|cy@acme.com i=1 m=60 w=0.5'
		]);
	});

	it("writes a series' shared attendee list once, and counts each instance that shares it", async () => {
		// A weekly series of four (the third moved and made two hours long, keeping the series' attendees), Dee
		// declining it; the fourth lies outside the window. And a one-to-one with a list of its own.
		const series = [ann, bo, cy, person('dee@acme.com', null, 'DECLINED')];
		const week = 7 * 24 * H;
		await store('a.ics', [
			meeting('w', MONDAY, 1, series, { recurring: true }),
			meeting('w', MONDAY + week, 1, series, { recurring: true }),
			meeting('w', MONDAY + 2 * week + 3 * H, 2, series, {
				recurring: true,
				occurrenceKey: MONDAY + 2 * week
			}),
			meeting('w', MONDAY + 3 * week, 1, series, { recurring: true }),
			meeting('m2', MONDAY + 24 * H, 1, [ann, bo])
		]);
		const stored = await db.query<{ occurrence: number; attendeesOf: number; rows: number }>(
			`SELECT o.occurrence, o.attendees_of AS "attendeesOf", count(a.identity)::INTEGER AS rows
			FROM meeting_occurrences o LEFT JOIN meeting_attendance a USING (occurrence) GROUP BY 1, 2 ORDER BY 1`
		);
		expect(
			stored.map(({ occurrence, attendeesOf, rows }) => [occurrence, attendeesOf, rows])
		).toEqual([
			[0, 0, 4],
			[1, 0, 0],
			[2, 0, 0],
			[3, 0, 0],
			[4, 4, 2]
		]);
		const window = { from: MONDAY - H, to: MONDAY + 3 * week - H };
		// Ann-Bo: the series' three kept instances (1 + 1 + 2 hours among three present, so half of each) and the one-to-one.
		expect(await ties(window)).toEqual([
			'ann@acme.com|bo@acme.com i=4 m=300 w=3',
			'ann@acme.com|cy@acme.com i=3 m=240 w=2',
			'bo@acme.com|cy@acme.com i=3 m=240 w=2'
		]);
		const [summary] = await calendarSummary(db, { ...DEFAULT_SETTINGS, ...window });
		expect(summary).toMatchObject({ occurrences: 5, outsideWindow: 1, counted: 4, declined: 3 });
	});

	it('counts an occurrence held in several files once, merging its attendees', async () => {
		await store('ann.ics', [meeting('m1', MONDAY, 1, [ann, bo])]);
		await store('bo.ics', [meeting('m1', MONDAY, 1, [ann, bo, cy])]);
		expect(await ties()).toEqual([
			'ann@acme.com|bo@acme.com i=1 m=60 w=0.5',
			'ann@acme.com|cy@acme.com i=1 m=60 w=0.5',
			'bo@acme.com|cy@acme.com i=1 m=60 w=0.5'
		]);
		const summary = await calendarSummary(db, DEFAULT_SETTINGS);
		expect(summary.map((f) => [f.file, f.occurrences, f.duplicate, f.counted])).toEqual([
			['ann.ics', 1, 0, 1],
			['bo.ics', 1, 1, 0]
		]);
	});

	it("takes an occurrence's attendees and declines from its newest copies only", async () => {
		// Cy declined the first version; the organizer's newer one (SEQUENCE 1) drops Dee and Cy accepted it.
		await store('a.ics', [
			meeting(
				'm1',
				MONDAY,
				1,
				[ann, bo, person('cy@acme.com', null, 'DECLINED'), person('dee@acme.com')],
				{
					sequence: 0,
					seriesSequence: 0
				}
			)
		]);
		await store('b.ics', [
			meeting('m1', MONDAY, 1, [ann, bo, cy], { sequence: 1, seriesSequence: 1 })
		]);
		expect(await ties()).toEqual([
			'ann@acme.com|bo@acme.com i=1 m=60 w=0.5',
			'ann@acme.com|cy@acme.com i=1 m=60 w=0.5',
			'bo@acme.com|cy@acme.com i=1 m=60 w=0.5'
		]);
		const summary = await calendarSummary(db, DEFAULT_SETTINGS);
		expect(summary.map((f) => [f.file, f.superseded, f.duplicate, f.counted, f.declined])).toEqual([
			['a.ics', 1, 0, 0, 0],
			['b.ics', 0, 0, 1, 0]
		]);
	});

	it("lets an instance's newer override replace the instance another file expanded from the same series", async () => {
		const series = { recurring: true, sequence: 0, seriesSequence: 0 };
		await store('a.ics', [
			meeting('s', MONDAY, 1, [ann, bo, cy], series),
			meeting('s', MONDAY + 168 * H, 1, [ann, bo, cy], series)
		]);
		// Cy was left out of the second week only: an override with SEQUENCE 1 in the organizer's export.
		await store('b.ics', [
			meeting('s', MONDAY, 1, [ann, bo, cy], series),
			meeting('s', MONDAY + 168 * H, 1, [ann, bo], { ...series, sequence: 1 })
		]);
		expect(await ties()).toEqual([
			'ann@acme.com|bo@acme.com i=2 m=120 w=1.5',
			'ann@acme.com|cy@acme.com i=1 m=60 w=0.5',
			'bo@acme.com|cy@acme.com i=1 m=60 w=0.5'
		]);
	});

	it("leaves out every occurrence of a series' older copy, even at times the newer copy does not have", async () => {
		// The series moved from 09:00 to 10:00 (SEQUENCE 0 to 1): no occurrence shares a start, and only 10:00 counts.
		const weekly = (start: number, seriesSequence: number) =>
			[0, 1].map((week) =>
				meeting('s', start + week * 168 * H, 1, [ann, bo], {
					recurring: true,
					sequence: seriesSequence,
					seriesSequence
				})
			);
		await store('a.ics', weekly(MONDAY, 0));
		await store('b.ics', weekly(MONDAY + H, 1));
		expect(await ties()).toEqual(['ann@acme.com|bo@acme.com i=2 m=120 w=2']);
		const summary = await calendarSummary(db, DEFAULT_SETTINGS);
		expect(summary.map((f) => [f.file, f.superseded, f.counted])).toEqual([
			['a.ics', 2, 0],
			['b.ics', 0, 2]
		]);
	});

	it('counts a meeting without length as an interaction of no minutes or weight, and warns of it', async () => {
		// An event with DTSTART alone is an instant (RFC 5545): say, a deadline sent to two people.
		await store('a.ics', [
			meeting('instant', MONDAY, 0, [ann, bo]),
			meeting('m', MONDAY, 1, [ann, cy])
		]);
		expect(await ties()).toEqual([
			'ann@acme.com|bo@acme.com i=1 m=0 w=0',
			'ann@acme.com|cy@acme.com i=1 m=60 w=1'
		]);
		const summary = await calendarSummary(db, DEFAULT_SETTINGS);
		expect(summary.map((f) => [f.file, f.counted, f.zeroLength])).toEqual([['a.ics', 2, 1]]);
		expect(calendarWarnings(summary)).toEqual([
			'1 counted meeting in a.ics has no length (no end, or an end at the start), so it adds interactions but no minutes or weight'
		]);
		// Left out for another reason (here the window), it is not counted, so nothing is said.
		const later = { ...DEFAULT_SETTINGS, from: MONDAY + 24 * H, to: MONDAY + 48 * H };
		expect(calendarWarnings(await calendarSummary(db, later))).toEqual([]);
	});

	it('leaves out declines, cancellations, all-day events, meetings over the cap and outside the window', async () => {
		const many = Array.from({ length: 26 }, (_, i) => person(`p${i}@acme.com`));
		await store('a.ics', [
			meeting('declined', MONDAY, 1, [ann, bo, person('cy@acme.com', null, 'DECLINED')]),
			meeting('cancelled', MONDAY, 1, [ann, cy, person('eve@acme.com', null, 'DECLINED')], {
				cancelled: true
			}),
			meeting('allday', MONDAY, 24, [bo, cy], { allDay: true }),
			meeting('huge', MONDAY, 1, [ann, ...many]),
			meeting('late', MONDAY + 60 * 24 * H, 1, [
				cy,
				person('dee@acme.com'),
				person('eve@acme.com', null, 'DECLINED')
			]),
			// Left with one attendee by a decline: too small, and the decline is why.
			meeting('alone', MONDAY, 1, [bo, person('fay@acme.com', null, 'DECLINED')])
		]);
		const window = { from: MONDAY - H, to: MONDAY + 7 * 24 * H };
		expect(await ties(window)).toEqual(['ann@acme.com|bo@acme.com i=1 m=60 w=1']);
		const [summary] = await calendarSummary(db, { ...DEFAULT_SETTINGS, ...window });
		// Declines count where they changed what counts: not in the cancelled meeting, nor the one outside the window.
		expect(summary).toMatchObject({
			occurrences: 6,
			cancelled: 1,
			allDay: 1,
			tooLarge: 1,
			tooSmall: 1,
			outsideWindow: 1,
			counted: 1,
			declined: 2
		});

		// Ann-Bo, the all-day Bo-Cy, and the 27 people of the large meeting pairwise: C(27, 2) = 351.
		expect(await ties({ ...window, includeAllDay: true, maxAttendees: 30 })).toHaveLength(
			1 + 1 + 351
		);
	});

	it('matches attendees by email, else by display name; others join as External or Unknown', async () => {
		await store('a.ics', [
			meeting('m1', MONDAY, 1, [
				person(null, 'ann lee'),
				person('BO@acme.com'.toLowerCase()),
				person('zed@partner.org', 'Zed'),
				person('eve@acme.com', 'Eve'),
				person(null, 'Someone')
			])
		]);
		const network = await loadNetwork(db, DEFAULT_SETTINGS);
		const teams = nameAndTeamByKey(network.people);
		expect(teams).toMatchObject({
			'ann@acme.com': 'Ann Lee/Sales',
			'bo@acme.com': 'Bo Yu/Ops',
			'zed@partner.org': 'Zed/External',
			'eve@acme.com': 'Eve/Unknown',
			Someone: 'Someone/Unknown'
		});
		// Five attendees: ten pairs; leaving unlisted people out keeps only Ann and Bo's tie, still weighted for five.
		expect(network.ties).toHaveLength(10);
		expect(await ties({ includeUnlisted: false })).toEqual([
			'ann@acme.com|bo@acme.com i=1 m=60 w=0.25'
		]);
	});

	it('matches "Last, First" with "First Last", on the roster and between calendars', async () => {
		// HR systems and address books write "Last, First"; calendars write either.
		await importFiles(db, [
			textFile(
				'roster.csv',
				'email,name,team\nann@acme.com,"Lee, Ann",Sales\nbo@acme.com,Bo Yu,Ops\n'
			)
		]);
		await store('a.ics', [
			meeting('m1', MONDAY, 1, [
				person(null, 'Ann Lee'),
				person(null, 'Yu,  Bo'),
				person('kim@other.org', 'Ng, Kim')
			])
		]);
		await store('b.csv', [
			meeting('m2', MONDAY + 24 * H, 1, [person(null, 'Kim Ng'), person(null, 'lee, ann')])
		]);
		const network = await loadNetwork(db, DEFAULT_SETTINGS);
		expect(nameAndTeamByKey(network.people)).toEqual({
			'ann@acme.com': 'Lee, Ann/Sales',
			'bo@acme.com': 'Bo Yu/Ops',
			'kim@other.org': 'Ng, Kim/External'
		});
		expect(await ties()).toEqual([
			'ann@acme.com|bo@acme.com i=1 m=60 w=0.5',
			'ann@acme.com|kim@other.org i=2 m=120 w=1.5',
			'bo@acme.com|kim@other.org i=1 m=60 w=0.5'
		]);
	});

	it('resolves identities by name with hash joins, not a nested loop over every pair of names', async () => {
		// A join on the name-key expression itself ran as a nested loop: 4 s for one meeting of 5,000 people.
		const plan = await db.query<Record<string, string>>(
			'EXPLAIN SELECT * FROM resolved_identities'
		);
		const text = plan.map((row) => Object.values(row).join('\n')).join('\n');
		expect(text).toContain('HASH_JOIN');
		expect(text).not.toMatch(/NL_JOIN|NESTED_LOOP/);
	});

	it('matches a name without an email to the one email that carries that name in the calendars', async () => {
		// One person's export gives emails; an Outlook CSV gives display names only.
		await store('a.ics', [
			meeting('m1', MONDAY, 1, [
				person('kim@other.org', 'Kim Ng'),
				person('bo@acme.com', 'Bobby'),
				person('sam@one.org', 'Sam Lee'),
				person('sam.lee@two.org', 'Sam Lee')
			])
		]);
		await store('b.csv', [
			meeting('m2', MONDAY + 24 * H, 1, [
				person(null, 'KIM NG'),
				person(null, 'Bobby'),
				person(null, 'Sam Lee'),
				ann
			])
		]);
		const network = await loadNetwork(db, DEFAULT_SETTINGS);
		const teams = nameAndTeamByKey(network.people);
		// Kim is one person in both files; Bobby is Bo on the roster, through the email his name came with; two
		// emails carry "Sam Lee", so the name alone stays a person of its own.
		expect(teams).toMatchObject({
			'kim@other.org': 'Kim Ng/External',
			'bo@acme.com': 'Bo Yu/Ops',
			'sam@one.org': 'Sam Lee/External',
			'sam.lee@two.org': 'Sam Lee/External',
			'Sam Lee': 'Sam Lee/Unknown'
		});
		expect(network.people).toHaveLength(4 + 4 - 1 + 1);
		// Met twice, an hour each among four people: 2 / 3 of an hour.
		expect(await ties()).toContain('bo@acme.com|kim@other.org i=2 m=120 w=0.666667');
	});

	it("forgets a replaced export's old addresses: a name then matches the one email that still carries it", async () => {
		const calendar = (uid: string, day: string, ...attendees: string[]) =>
			textFile(
				`${uid}.ics`,
				[
					'BEGIN:VCALENDAR',
					'VERSION:2.0',
					'BEGIN:VEVENT',
					`UID:${uid}`,
					`DTSTART:202601${day}T090000Z`,
					'DURATION:PT1H',
					...attendees.map((attendee) => `ATTENDEE;${attendee}`),
					'END:VEVENT',
					'END:VCALENDAR',
					''
				].join('\r\n')
			);
		const kimAt = (email: string) => `CN=Kim Ng:mailto:${email}`;
		const [bo, cy, ann] = ['bo', 'cy', 'ann'].map(
			(name) => `PARTSTAT=ACCEPTED:mailto:${name}@acme.com`
		);
		await importFiles(db, [
			calendar('a', '05', kimAt('kim@old.org'), bo),
			calendar('b', '05', 'CN=Zed:mailto:zed@other.org', bo, cy),
			// A display name without an email, as Outlook's CSV export gives them.
			calendar('c', '06', 'CN=Kim Ng:invalid:nomail', ann)
		]);
		expect(nameAndTeamByKey((await loadNetwork(db)).people)).toMatchObject({
			'kim@old.org': 'Kim Ng/External'
		});
		// Kim's export again, with her new address: the old one is named by no attendance, so it carries no name.
		await importFiles(db, [calendar('a', '05', kimAt('kim@new.org'), bo)]);
		const identities = await db.query<{ email: string | null; name: string | null }>(
			'SELECT email, name FROM calendar_identities ORDER BY identity'
		);
		// Numbered 0..n-1 again without Kim's old address; the others keep their order.
		expect(identities.map(({ email, name }) => email ?? name)).toEqual([
			'bo@acme.com',
			'zed@other.org',
			'cy@acme.com',
			'Kim Ng',
			'ann@acme.com',
			'kim@new.org'
		]);
		const [{ numbered }] = await db.query<{ numbered: boolean }>(
			`SELECT ${IDENTITIES_ARE_NUMBERED} AS numbered`
		);
		expect(numbered).toBe(true);
		const people = nameAndTeamByKey((await loadNetwork(db)).people);
		expect(people['kim@old.org']).toBeUndefined();
		expect(people['Kim Ng']).toBeUndefined();
		expect(people['kim@new.org']).toBe('Kim Ng/External');
		expect(await ties()).toEqual([
			'ann@acme.com|kim@new.org i=1 m=60 w=1',
			'bo@acme.com|cy@acme.com i=1 m=60 w=0.5',
			'bo@acme.com|kim@new.org i=1 m=60 w=1',
			'bo@acme.com|zed@other.org i=1 m=60 w=0.5',
			'cy@acme.com|zed@other.org i=1 m=60 w=0.5'
		]);
	});

	it('renumbers attendance into presence alike when identity numbers have a gap', async () => {
		const dee = person('dee@acme.com', 'Dee Roy', 'DECLINED');
		await store('a.ics', [
			meeting('m1', MONDAY, 1, [ann, bo, cy]),
			meeting('m2', MONDAY + 24 * H, 1, [person('kim@other.org'), bo, dee])
		]);
		const presence = async () =>
			(
				await db.query<{ row: string }>(
					`SELECT concat_ws('|', p.occurrence, m.person, p.listed, p.declined) AS row
					FROM meeting_presence p JOIN meeting_people m USING (number) ORDER BY p.occurrence, m.person`
				)
			).map(({ row }) => row);
		const expected = [
			'0|ann@acme.com|true|false',
			'0|bo@acme.com|true|false',
			'0|cy@acme.com|true|false',
			'1|bo@acme.com|true|false',
			'1|dee@acme.com|true|true',
			'1|kim@other.org|false|false'
		];
		expect(await presence()).toEqual(expected);
		// Identities numbered 10 and up (as an edited workspace file could hold) cannot be looked up in a list from 0.
		await db.transaction(async (tx) => {
			await tx.query('UPDATE calendar_identities SET identity = identity + 10');
			await tx.query('UPDATE meeting_attendance SET identity = identity + 10');
			await refreshMeetingIndex(tx);
		});
		expect(await presence()).toEqual(expected);
		expect(await ties()).toContain('bo@acme.com|kim@other.org i=1 m=60 w=1');
	});

	it('never reads pairs made before the latest import, even when they were made while it ran', async () => {
		await store('a.ics', [meeting('m1', MONDAY, 1, [ann, bo])]);
		await indexMeetingPairs(db);
		// Pairs made on another connection while an import is under way see the tables from before it.
		let releaseImport = () => {};
		const importHeld = new Promise<void>((resolve) => (releaseImport = resolve));
		const importing = db.transaction(async (tx) => {
			await storeCalendar(tx, 'b.ics', [
				calendarBatches({
					events: 1,
					occurrences: [meeting('m2', MONDAY, 1, [ann, cy])],
					unknownZones: []
				})
			]);
			await refreshMeetingIndex(tx);
			await importHeld;
		});
		await db.query('DELETE FROM meeting_pairs_version');
		await indexMeetingPairs(db);
		releaseImport();
		await importing;
		expect(await pairsAreCurrent()).toBe(false);
		expect(asText(await exactTies({}))).toEqual([
			'ann@acme.com|bo@acme.com i=1 m=60 w=1',
			'ann@acme.com|cy@acme.com i=1 m=60 w=1'
		]);
	});
});
