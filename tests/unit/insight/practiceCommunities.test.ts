// Communities of practice from calendars: a hand-checked calendar, then the demo organisation's planted guild.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database, Queryable } from '../../../src/lib/db/types';
import { demoCalendarFiles, demoFiles } from '../../../src/lib/demo/files';
import { COMMUNITY_OF_PRACTICE, generateDemoOrganisation } from '../../../src/lib/demo/index';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS, type NetworkSettings } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { textFile, type InputFile } from '../../../src/lib/ingest/inputFile';
import { loadPracticeCommunities } from '../../../src/lib/insight/practiceCommunities';

function fixture(name: string): InputFile {
	return textFile(
		name,
		readFileSync(new URL(`../../fixtures/practice/${name}`, import.meta.url), 'utf8')
	);
}

/** Imports the files and finds the communities, teams taken from the network as the app builds it. */
async function communitiesOf(db: Database, settings: NetworkSettings) {
	const { people } = await loadNetwork(db, settings);
	const teamOf = new Map(people.map((person) => [person.id, person.team]));
	return loadPracticeCommunities(db, settings, teamOf);
}

const at = (iso: string) => Date.parse(iso);

/*
 * Teams in roster.csv: Data (ann, bo), Design (cy, dee), Sales (eve, fay), Ops (gus, hal). In meetings.ics:
 * - Analytics guild: weekly RRULE from Tue 6 Jan, five times, Ann organising Bo, Cy and Eve. 13 Jan adds Gus and
 *   Dee; on 20 Jan Cy and Dee decline; 27 Jan is cancelled. Four meetings count (6, 13, 20 Jan, 3 Feb), gaps
 *   7, 7, 14 days: median 7, weekly. Present: Ann, Bo, Eve 4, Cy 3, Gus 1, Dee 1 (her decline does not count):
 *   regulars need 2, so Ann, Bo, Cy, Eve: Data 2, Design 1, Sales 1.
 * - Data and design pairing: weekly, four people from two teams only.
 * - All hands: weekly, three times, all eight people from four teams.
 * - Platform review: single events by Gus with Hal, Fay and Dee on 8 and 22 Jan, 5 and 19 Feb, titled with
 *   different case and spacing; gaps 14 days, fortnightly. Dee declines 5 Feb (still 3 of 4). Hal's own
 *   "Platform review" on 15 Jan has another organizer, so it is no part of it (with it, the gaps would be
 *   irregular).
 * - Finance sync: single events by Fay on 9 Jan, 6 Feb and 6 Mar, four teams, but monthly.
 */
describe('communities of practice in a hand-checked calendar', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openNodeDatabase();
		await importFiles(db, [fixture('roster.csv'), fixture('meetings.ics')]);
	});
	afterAll(async () => db.close());

	const guild = {
		title: 'Analytics guild',
		cadence: 'weekly',
		occurrences: 4,
		members: ['ann@acme.com', 'bo@acme.com', 'cy@acme.com', 'eve@acme.com'],
		teams: { Data: 2, Design: 1, Sales: 1 },
		organizer: 'ann@acme.com',
		attendance: [
			{ start: at('2026-01-06T10:00:00Z'), attendees: 4 },
			{ start: at('2026-01-13T10:00:00Z'), attendees: 6 },
			{ start: at('2026-01-20T10:00:00Z'), attendees: 3 },
			{ start: at('2026-02-03T10:00:00Z'), attendees: 4 }
		]
	};
	const platformReview = {
		title: 'Platform review',
		cadence: 'fortnightly',
		occurrences: 4,
		members: ['dee@acme.com', 'fay@acme.com', 'gus@acme.com', 'hal@acme.com'],
		teams: { Design: 1, Ops: 2, Sales: 1 },
		organizer: 'gus@acme.com',
		attendance: [
			{ start: at('2026-01-08T15:00:00Z'), attendees: 4 },
			{ start: at('2026-01-22T15:00:00Z'), attendees: 4 },
			{ start: at('2026-02-05T15:00:00Z'), attendees: 3 },
			{ start: at('2026-02-19T15:00:00Z'), attendees: 4 }
		]
	};

	it('finds the weekly series and the fortnightly single events that span three teams, nothing else', async () => {
		// Six attendees at most: the guild's fullest meeting still counts, the all-hands (eight) never does.
		const found = await communitiesOf(db, { ...DEFAULT_SETTINGS, maxAttendees: 6 });
		expect(found).toEqual([guild, platformReview]);
	});

	it('counts the all-hands once the size cap allows it, first for spanning four teams', async () => {
		const found = await communitiesOf(db, DEFAULT_SETTINGS);
		expect(found.map((community) => community.title)).toEqual([
			'All hands',
			'Analytics guild',
			'Platform review'
		]);
		expect(found[0]).toMatchObject({
			cadence: 'weekly',
			occurrences: 3,
			teams: { Data: 2, Design: 2, Ops: 2, Sales: 2 }
		});
	});

	it('needs three meetings in the window', async () => {
		// 12 Jan to 1 Feb holds two guild meetings, two all-hands and one of Gus's platform reviews.
		const window = {
			...DEFAULT_SETTINGS,
			from: at('2026-01-12T00:00:00Z'),
			to: at('2026-02-01T00:00:00Z')
		};
		expect(await communitiesOf(db, window)).toEqual([]);
	});

	it('asks nothing of the database when the network has fewer than three teams to join', async () => {
		const { people } = await loadNetwork(db, DEFAULT_SETTINGS);
		const twoTeams = new Map(
			people
				.filter((person) => person.team === 'Data' || person.team === 'Sales')
				.map((person) => [person.id, person.team])
		);
		const asked: string[] = [];
		const watched: Queryable = {
			...db,
			query: (sql, params) => {
				asked.push(sql);
				return db.query(sql, params);
			}
		};
		expect(await loadPracticeCommunities(watched, DEFAULT_SETTINGS, twoTeams)).toEqual([]);
		expect(asked).toEqual([]);
		// With a third team the same calendar has its guild (Data, Design, Sales).
		const threeTeams = new Map([...twoTeams, ['cy@acme.com', 'Design']]);
		const found = await loadPracticeCommunities(watched, DEFAULT_SETTINGS, threeTeams);
		expect(found.map((community) => community.title)).toContain('Analytics guild');
		expect(asked.length).toBeGreaterThan(0);
	});
});

describe('the demo organisation', () => {
	it('has its planted guild as a weekly community of practice with both brokers', async () => {
		const db = await openNodeDatabase();
		try {
			await importFiles(db, [demoFiles()[0], demoCalendarFiles()[0]]);
			const found = await communitiesOf(db, DEFAULT_SETTINGS);
			const guild = found.find((community) => community.title === COMMUNITY_OF_PRACTICE);
			// The quarter has 13 Thursday meetings; the clocks change before the last, which the export writes
			// as an event of its own (another UID), so the series holds 12.
			expect(guild).toMatchObject({ cadence: 'weekly', occurrences: 12 });
			expect(Object.keys(guild?.teams ?? {}).length).toBeGreaterThanOrEqual(3);
			expect(guild?.members).toEqual(
				expect.arrayContaining(generateDemoOrganisation().planted.brokers)
			);
		} finally {
			await db.close();
		}
	});
});
