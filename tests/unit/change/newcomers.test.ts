// Newcomers' ties after their first weeks against everyone else's first weeks of the data, on the hand-made calendar.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newcomerIntegration } from '../../../src/lib/change/newcomers';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';

const FIXTURE = 'tests/fixtures/change';
const file = (name: string) => ({
	name,
	bytes: new Uint8Array(readFileSync(`${FIXTURE}/${name}`))
});

let db: Database;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(async () => db.close());

describe('newcomers', () => {
	it('counts ties from each start date, against the median of the others from the first meeting', async () => {
		await importFiles(db, [file('roster-newcomers.csv'), file('meetings.csv')], { replace: true });
		// The data runs from Monday 2026-01-05 10:00 to Wednesday 2026-01-21 10:00: a milestone is reached when
		// it ends by a week after that.
		const report = await newcomerIntegration(db, DEFAULT_SETTINGS, { milestones: [1, 2, 3] });
		expect(report.newcomers.map((n) => [n.id, n.startDate])).toEqual([
			['y3@t.example', '2026-01-12'],
			['y2@t.example', '2026-01-19']
		]);
		// y3 from 2026-01-12: nobody in the first week, then y1 and y2 (the Y meeting of 01-20); no third week yet.
		expect(report.newcomers[0].milestones).toEqual([
			{ weeks: 1, ties: 0, crossTeamTies: 0 },
			{ weeks: 2, ties: 2, crossTeamTies: 0 },
			{ weeks: 3, ties: null, crossTeamTies: null }
		]);
		// y2 from 2026-01-19: y1, y3 and, in the four-person meeting, x1 and x2.
		expect(report.newcomers[1].milestones[0]).toEqual({ weeks: 1, ties: 4, crossTeamTies: 2 });
		expect(report.newcomers[1].milestones[1].ties).toBeNull();
		// The others (x1, x2, x3, y1) from 01-05 10:00: ties 3, 2, 3, 3 over one or two weeks (the next meeting
		// is at 01-19 10:00, just outside two weeks), then 4, 4, 3, 4; cross-team 1, 0, 1, 1 then 2, 2, 1, 2.
		expect(report.medians).toEqual([
			{ weeks: 1, ties: 3, crossTeamTies: 1 },
			{ weeks: 2, ties: 3, crossTeamTies: 1 },
			{ weeks: 3, ties: 4, crossTeamTies: 2 }
		]);
		// Slow means under half the median at the latest milestone reached: y3 has 2 of 3, y2 4 of 3.
		expect(report.newcomers.map((n) => n.slow)).toEqual([false, false]);
		const strict = await newcomerIntegration(db, DEFAULT_SETTINGS, {
			milestones: [1, 2, 3],
			slowShare: 0.7
		});
		expect(strict.newcomers.map((n) => n.slow)).toEqual([true, false]);
	});

	it('finds none without a start date column', async () => {
		await importFiles(db, [file('meetings.csv')], { replace: true });
		const report = await newcomerIntegration(db, DEFAULT_SETTINGS);
		expect(report.newcomers).toEqual([]);
	});
});
