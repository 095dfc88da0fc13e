// Calendars in real Chromium: several .ics files and an Outlook CSV dropped together, the import summary, live settings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisation, rosterCsv } from '../../src/lib/demo';
import { demoIcs } from '../../src/lib/demo/icsExport';
import { demoOutlookCsv } from '../../src/lib/demo/outlookExport';
import { calendarWorkload } from '../../bench/calendarWorkload';
import { openApp, waitForAnalysis, type Session } from './harness';

const demo = generateDemoOrganisation();
const upload = (name: string, text: string) => ({
	name,
	mimeType: 'text/plain',
	buffer: Buffer.from(text)
});
/** A large file goes to the page from disk, as a user's would: handed over as bytes, it crosses to the browser slowly. */
const folder = mkdtempSync(path.join(tmpdir(), 'weft-calendars-'));
function onDisk(name: string, text: string): string {
	const file = path.join(folder, name);
	writeFileSync(file, text);
	return file;
}
const meetings = demo.meetings.length;
const overCap = demo.meetings.filter((m) => m.attendees.length > 25).length;

describe('calendar import', () => {
	let session: Session;
	/** The calendar workers the page started, and how many of them have ended. */
	const calendarWorkers = { started: 0, ended: 0 };
	beforeAll(async () => {
		session = await openApp();
		session.page.on('worker', (worker) => {
			if (!worker.url().includes('ics.worker')) return;
			calendarWorkers.started++;
			worker.on('close', () => calendarWorkers.ended++);
		});
		await waitForAnalysis(session.page);
	});
	afterAll(async () => {
		await session?.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('reads several .ics files and an Outlook CSV together, counting a meeting held in two files once', async () => {
		const { page } = session;
		const ics = demoIcs(demo);
		await page.getByTestId('file-input').setInputFiles([
			upload('roster.csv', rosterCsv(demo)),
			upload('ann.ics', ics),
			// A long name with no space in it, as a zip member's path is, must not push the rail wider.
			upload(`${'Operations_team_calendar_export_'.repeat(3)}bo.ics`, ics),
			upload('outlook.csv', demoOutlookCsv(demo))
		]);
		const summary = page.getByRole('region', { name: 'Import summary' });
		await summary.waitFor({ timeout: 60_000 });
		await waitForAnalysis(page);
		// The Outlook CSV holds the same meetings as the .ics files: its rows are copies of them too.
		const counted = meetings - overCap;
		expect(await summary.locator('.headline').textContent()).toMatch(
			new RegExp(
				`${counted.toLocaleString('en-GB')}\\s+of\\s+${(3 * meetings).toLocaleString('en-GB')} meeting occurrences counted`
			)
		);
		const reasons = await summary.locator('.reasons li').allTextContents();
		expect(reasons.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
			`${(2 * meetings).toLocaleString('en-GB')} duplicates (already in another file)`,
			`${overCap} too large`
		]);
		expect(await page.getByTestId('people-count').textContent()).toBe(String(demo.people.length));
		await summary.getByText('By file').click();
		const rail = await page
			.getByRole('complementary', { name: 'Data, appearance and filters' })
			.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
		expect(rail.scroll).toBeLessThanOrEqual(rail.client);
		const pixels = await page.evaluate(() => {
			const canvas = document.querySelector('canvas') as HTMLCanvasElement;
			const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			let painted = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
			return painted;
		});
		expect(pixels).toBeGreaterThan(10_000);
	});

	it('re-derives the network live when the size cap changes', async () => {
		const { page } = session;
		const isolated = page.getByTestId('isolated-count');
		expect(Number(await isolated.textContent())).toBeGreaterThan(0);
		const headline = page.getByRole('region', { name: 'Import summary' }).locator('.headline');
		const before = await headline.textContent();
		// A window whose start is after its end still applies, and says that nothing can count.
		const from = page.getByLabel('From', { exact: true });
		const to = page.getByLabel('To', { exact: true });
		await from.fill('2026-03-20');
		await to.fill('2026-03-10');
		await page.getByText('From is after To: no meeting can count.').waitFor();
		expect(await to.getAttribute('aria-invalid')).toBe('true');
		await from.fill('');
		await to.fill('');
		await expect.poll(() => headline.textContent(), { timeout: 60_000 }).toBe(before);
		// A cap the network cannot use is refused where it was typed, and the cap in use stays.
		const cap = page.getByLabel('Largest meeting counted');
		for (const text of ['1', '12.5']) {
			await cap.fill(text);
			await cap.dispatchEvent('change');
			expect(await cap.getAttribute('aria-invalid')).toBe('true');
			expect(await cap.getAttribute('aria-describedby')).toBeTruthy();
			await page
				.getByText('A whole number of 2 or more; still counting up to 25.')
				.waitFor({ timeout: 1000 });
		}
		// Past the settings' debounce, no analysis ran under the refused cap.
		await page.waitForTimeout(500);
		await waitForAnalysis(page);
		expect(await headline.textContent()).toBe(before);
		// Another setting changed meanwhile leaves the box's complaint, as it leaves the box's text.
		const allDay = page.getByLabel('Count all-day events');
		for (const click of [1, 2]) {
			await allDay.click();
			await page.waitForTimeout(click === 1 ? 0 : 500);
		}
		await waitForAnalysis(page);
		expect(await cap.getAttribute('aria-invalid')).toBe('true');
		await cap.fill('300');
		await cap.dispatchEvent('change');
		// The all-hands now counts: everyone shares a meeting with everyone, so nobody is isolated.
		await page.waitForFunction(
			() => document.querySelector('[data-testid="isolated-count"]')?.textContent === '0',
			null,
			{ timeout: 60_000 }
		);
		expect(await cap.getAttribute('aria-invalid')).toBeNull();
		// Every meeting once (the Outlook CSV's rows and Bo's .ics are copies of Ann's).
		expect(await headline.textContent()).toMatch(
			new RegExp(`${meetings.toLocaleString('en-GB')}\\s+of`)
		);
		// The measures of the last change still run: the next test starts from a page at rest.
		await waitForAnalysis(page, 120_000);
	});

	it('asks for the date order of an Outlook CSV whose dates read either way, then imports it', async () => {
		const { page } = session;
		const header =
			'"Subject","Start Date","Start Time","End Date","End Time","All day event","Meeting Organizer","Required Attendees","Optional Attendees"';
		const rows = [
			'"Budget review","03/04/2026","10:00:00","03/04/2026","11:00:00","False","Ann Lee","Ann Lee;Bo Yu",""',
			'"Hiring panel","05/04/2026","14:00:00","05/04/2026","15:00:00","False","Bo Yu","Bo Yu;Cy Tan",""'
		];
		await page
			.getByTestId('file-input')
			.setInputFiles([upload('ambiguous.csv', [header, ...rows].join('\r\n'))]);
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('could be month-first or day-first');
		await alert.getByRole('button', { name: /Day first/ }).click();
		await alert.waitFor({ state: 'detached' });
		await waitForAnalysis(page);
		const files = await page
			.getByRole('region', { name: 'Data' })
			.locator('.files li')
			.allTextContents();
		expect(files.find((f) => f.includes('ambiguous.csv'))).toMatch(
			/calendar\s+ambiguous\.csv\s+2 occurrences/
		);
	});

	it('warns in the import summary of a time zone the file does not define and nobody knows', async () => {
		const { page } = session;
		const [ann, bo] = demo.people;
		const meeting = (uid: string, day: number) => [
			'BEGIN:VEVENT',
			`UID:${uid}@office`,
			`DTSTART;TZID=Head Office:202603${day}T090000`,
			'DURATION:PT1H',
			`ORGANIZER:mailto:${ann.email}`,
			`ATTENDEE:mailto:${bo.email}`,
			'END:VEVENT'
		];
		const office = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...meeting('a', 10), ...meeting('b', 11)];
		await page
			.getByTestId('file-input')
			.setInputFiles([upload('office.ics', [...office, 'END:VCALENDAR', ''].join('\r\n'))]);
		const note = page.getByRole('region', { name: 'Import summary' }).getByRole('note');
		await note.waitFor({ timeout: 60_000 });
		expect(await note.textContent()).toBe(
			'The time zone "Head Office" in office.ics is neither defined in the file (no VTIMEZONE) nor an IANA or Windows zone name, so its times were read as UTC and may be hours off: export the calendar again with its time zones, or correct the TZID.'
		);
	});

	it('shows progress while a large calendar is read, and cancelling leaves the data as it was', async () => {
		const { page } = session;
		// From a page at rest: the status must be this import's, not the measures of the test before.
		await waitForAnalysis(page, 120_000);
		const before = await page.getByTestId('people-count').textContent();
		const { ics } = calendarWorkload({ occurrences: 30_000, attendees: 10, recurringShare: 0 });
		await page.getByTestId('file-input').setInputFiles([onDisk('large.ics', ics)]);
		const status = page.getByRole('status');
		await status.waitFor();
		expect(await status.textContent()).toMatch(/Reading large\.ics/);
		// The file is parsed in runs of events, so the bar moves before the file is done.
		await page.waitForFunction(() => {
			const bar = document.querySelector('[role="status"] progress') as HTMLProgressElement | null;
			return bar !== null && bar.value > 0 && bar.value < 0.5;
		});
		await status.getByRole('button', { name: 'Cancel' }).click();
		await page.getByText('Import cancelled: nothing was changed.').waitFor();
		expect(await page.getByTestId('people-count').textContent()).toBe(before);
		const files = await page
			.getByRole('region', { name: 'Data' })
			.locator('.files li')
			.allTextContents();
		expect(files.some((f) => f.includes('large.ics'))).toBe(false);
	});

	it('lets a settings change made while a calendar is read wait for the import, which it does not cancel', async () => {
		const { page } = session;
		const { ics } = calendarWorkload({ occurrences: 30_000, attendees: 10, recurringShare: 0 });
		await page.getByTestId('file-input').setInputFiles([onDisk('waiting.ics', ics)]);
		await page.waitForFunction(() => {
			const bar = document.querySelector('[role="status"] progress') as HTMLProgressElement | null;
			return bar !== null && bar.value > 0 && bar.value < 0.5;
		});
		// Every meeting of the file has ten attendees: under a cap of nine, all of them are too large.
		const cap = page.getByLabel('Largest meeting counted');
		await cap.fill('9');
		await cap.dispatchEvent('change');
		await waitForAnalysis(page, 120_000);
		await expect(page.getByText('Import cancelled: nothing was changed.').count()).resolves.toBe(0);
		const files = await page
			.getByRole('region', { name: 'Data' })
			.locator('.files li')
			.allTextContents();
		expect(files.some((f) => f.includes('waiting.ics'))).toBe(true);
		// The import's own analysis used the cap set meanwhile: the file's meetings in the window are too large (a
		// cap of 25 leaves out only the demo's few large meetings).
		const summary = page.getByRole('region', { name: 'Import summary' });
		await expect
			.poll(async () => {
				const reasons = await summary.locator('.reasons li').allTextContents();
				const tooLarge = reasons.find((r) => r.includes('too large')) ?? '';
				return Number(tooLarge.replace(/[^\d]/g, ''));
			})
			.toBeGreaterThan(10_000);
	}, 180_000);

	it('after an import cancelled while its tables were written, reads the next calendars, the second on the workers the first kept; Delete all data ends them', async () => {
		const { page } = session;
		const live = () => calendarWorkers.started - calendarWorkers.ended;
		const cores = await page.evaluate(() => Math.min(4, navigator.hardwareConcurrency));
		// Long enough to write that the cancel comes while it does.
		const { ics } = calendarWorkload({ occurrences: 70_000, attendees: 10, recurringShare: 0.6 });
		await page.getByTestId('file-input').setInputFiles([onDisk('cancelled.ics', ics)]);
		const status = page.getByRole('status');
		// The file is read by then, so its workers wait for the next import; the cancel must end them.
		await status.getByText('Writing the tables').waitFor({ timeout: 60_000 });
		await status.getByRole('button', { name: 'Cancel' }).click();
		await page.getByText('Import cancelled: nothing was changed.').waitFor();
		// Over 4 MB each, so each is read in shares, one worker a core.
		const importLarge = async (name: string, seed: number) => {
			const { ics } = calendarWorkload({
				occurrences: 10_000,
				attendees: 10,
				recurringShare: 0.6,
				seed
			});
			expect(ics.length).toBeGreaterThan(4_000_000);
			await page.getByTestId('file-input').setInputFiles([onDisk(name, ics)]);
			// The import may not have shown its status yet when setInputFiles returns, so wait for its file first.
			const fileList = page.getByRole('region', { name: 'Data' }).locator('.files li');
			await fileList.filter({ hasText: name }).waitFor({ timeout: 120_000 });
			await waitForAnalysis(page, 120_000);
			const files = await fileList.allTextContents();
			expect(files.find((f) => f.includes(name))).toMatch(/10,000 occurrences/);
			expect(files.some((f) => f.includes('cancelled.ics'))).toBe(false);
		};
		await importLarge('after-cancel.ics', 1);
		expect(live()).toBe(cores);
		const started = calendarWorkers.started;
		await importLarge('next.ics', 2);
		expect(calendarWorkers.started).toBe(started);
		expect(live()).toBe(cores);
		await page.getByRole('button', { name: 'Delete all data' }).click();
		await page
			.getByRole('group', { name: 'Confirm deleting' })
			.getByRole('button', { name: 'Delete' })
			.click();
		await expect.poll(live).toBe(0);
		expect(session.errors).toEqual([]);
	}, 180_000);
});
