// 100k meetings (the weekly mix) and a roster of 100 teams dropped together into the built app in headless Chromium:
// how long until the import summary shows and until every measure is shown, and the page's longest task meanwhile.
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp, waitForAnalysis } from '../tests/browser/harness';
import { CALENDAR_OCCURRENCES } from './calendar';
import { calendarWorkload } from './calendarWorkload';
import type { Timing } from './measures';

/** The workload's people in teams of 20 (so 100 teams for 2,000), enough for communities of practice to be sought. */
const TEAM_SIZE = 20;

export interface CalendarDashboardResult {
	/** From the drop until the import summary counts the occurrences. */
	summaryMs: number;
	/** From the drop until every measure is shown. */
	analysedMs: number;
	/** The page's longest task in between: what a user would feel as the page not answering. */
	longestTaskMs: number;
}

interface LongTaskWindow {
	longTasks: number[];
}

export async function benchCalendarDashboard(): Promise<CalendarDashboardResult> {
	const { ics, people } = calendarWorkload({
		occurrences: CALENDAR_OCCURRENCES,
		attendees: 10,
		recurringShare: 0.6
	});
	const roster = [
		'id,name,team,email',
		...people.map((email, i) => `${email},Person ${i},T${Math.floor(i / TEAM_SIZE)},${email}`)
	];
	const folder = await mkdtemp(path.join(tmpdir(), 'weft-bench-calendar-'));
	const files = [path.join(folder, 'roster.csv'), path.join(folder, 'meetings.ics')];
	try {
		await writeFile(files[0], roster.join('\n') + '\n');
		await writeFile(files[1], ics);
		const session = await openApp();
		try {
			const { page } = session;
			await waitForAnalysis(page);
			await page.evaluate(() => {
				const tasks: number[] = ((window as unknown as LongTaskWindow).longTasks = []);
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) tasks.push(entry.duration);
				}).observe({ type: 'longtask' });
			});
			const count = CALENDAR_OCCURRENCES.toLocaleString('en-GB');
			const start = performance.now();
			await page.getByTestId('file-input').setInputFiles(files);
			await page
				.getByText(new RegExp(`${count}\\s+of\\s+${count} meeting occurrences counted`))
				.first()
				.waitFor({ timeout: 120_000 });
			const summaryMs = performance.now() - start;
			await waitForAnalysis(page, 120_000);
			const analysedMs = performance.now() - start;
			const longTasks = await page.evaluate(() => (window as unknown as LongTaskWindow).longTasks);
			return { summaryMs, analysedMs, longestTaskMs: Math.max(0, ...longTasks) };
		} finally {
			await session.close();
		}
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

export function calendarDashboardTimings(result: CalendarDashboardResult): Timing[] {
	return [
		{
			stage: 'dashboard, 100k meetings and a roster dropped: to the import summary',
			ms: result.summaryMs
		},
		{ stage: `dashboard, same: to every measure shown`, ms: result.analysedMs },
		{ stage: `dashboard, same: the page's longest task meanwhile`, ms: result.longestTaskMs }
	];
}
