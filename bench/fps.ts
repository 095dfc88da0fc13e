// Frames per second of the network canvas in headless Chromium while the mouse pans and zooms, on synthetic
// organisations of 1k, 5k and 10k people uploaded through the page; and how soon the demo's first frame follows its data.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { openApp, waitForAnalysis } from '../tests/browser/harness';
import { syntheticOrganisation } from './syntheticOrganisation';

export const FPS_SIZES = [1_000, 5_000, 10_000];
const TIES_PER_PERSON = 20;
const DRIVE_MS = 3_000;
/** The layout has settled when the canvas has drawn no frame for this long. */
const QUIET_MS = 1_500;

export interface FpsResult {
	people: number;
	ties: number;
	frames: number;
	seconds: number;
	fps: number;
}

export interface FirstFrame {
	ms: number;
	/** What the time is measured from: the page's data-ready mark, or the people count appearing. */
	from: 'weft:data-ready' | 'people count shown';
}

/** Roster and interactions CSVs of a synthetic organisation (teams of ~25, weights 1 to 4). */
export function organisationCsvs(people: number, tiesPerPerson = TIES_PER_PERSON) {
	const network = syntheticOrganisation(people, tiesPerPerson);
	const roster = ['id,name,team', ...network.people.map((p) => `${p.id},${p.name},${p.team}`)];
	const interactions = [
		'source,target,weight',
		...network.ties.map((t) => `${t.source},${t.target},${t.weight}`)
	];
	return {
		ties: network.ties.length,
		roster: roster.join('\n'),
		interactions: interactions.join('\n')
	};
}

const frames = (page: Page) =>
	page.evaluate(() => Number(document.querySelector('canvas')?.dataset.frames ?? 0));

/** Waits until the canvas has drawn this network and then stopped drawing (the layout has settled). */
export async function waitForStillCanvas(page: Page, timeout = 240_000): Promise<void> {
	await page.waitForSelector('canvas[data-drawn-people]', { timeout });
	const start = Date.now();
	let last = await frames(page);
	let lastChange = Date.now();
	while (Date.now() - lastChange < QUIET_MS) {
		if (Date.now() - start > timeout) throw new Error('the canvas never stopped drawing');
		await page.waitForTimeout(250);
		const now = await frames(page);
		if (now !== last) {
			last = now;
			lastChange = Date.now();
		}
	}
}

/** A mouse reports its position about 125 times a second whether or not the page keeps up. */
const MOUSE_EVENT_MS = 8;
/** Events in flight before the driver waits: the browser coalesces moves the page has not taken yet. */
const IN_FLIGHT = 4;

type MouseEvent =
	| { type: 'mousePressed' | 'mouseReleased' | 'mouseMoved'; x: number; y: number }
	| { type: 'mouseWheel'; x: number; y: number; deltaY: number };

/**
 * One round of gestures: drag from empty space right and back (two pans), then wheel in and out at the centre.
 * The fitted view leaves 40 px of padding, so a press 15 px in from the left edge starts a pan, not a drag of a person.
 */
function gestures(box: { x: number; y: number; width: number; height: number }): MouseEvent[] {
	const start = { x: box.x + 15, y: box.y + box.height / 2 };
	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	const events: MouseEvent[] = [];
	for (const direction of [1, -1]) {
		events.push({ type: 'mouseMoved', ...start }, { type: 'mousePressed', ...start });
		for (let step = 1; step <= 40; step++)
			events.push({
				type: 'mouseMoved',
				x: start.x + (direction * 220 * step) / 40,
				y: start.y + (direction * 60 * step) / 40
			});
		events.push({
			type: 'mouseReleased',
			x: start.x + direction * 220,
			y: start.y + direction * 60
		});
	}
	events.push({ type: 'mouseMoved', ...centre });
	for (const deltaY of [...Array(12).fill(-40), ...Array(12).fill(40)])
		events.push({ type: 'mouseWheel', ...centre, deltaY });
	return events;
}

/** Pans and zooms with a mouse driven through the DevTools protocol at a steady rate, for DRIVE_MS. */
async function drive(page: Page): Promise<{ frames: number; seconds: number }> {
	const box = await page.locator('canvas').boundingBox();
	if (!box) throw new Error('no canvas');
	const round = gestures(box);
	const first = round[0];
	await page.mouse.move(first.x, first.y);
	if (await page.locator('canvas.pointing').count())
		throw new Error('the pan would start on a person');
	const cdp = await page.context().newCDPSession(page);
	const inFlight: Promise<unknown>[] = [];
	const before = await frames(page);
	const began = Date.now();
	let sent = 0;
	let pressed = false;
	for (let e = 0; Date.now() - began < DRIVE_MS || e % round.length !== 0; e++) {
		const event = round[e % round.length];
		const due = began + sent * MOUSE_EVENT_MS;
		if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
		if (event.type === 'mousePressed') pressed = true;
		if (event.type === 'mouseReleased') pressed = false;
		const pressOrRelease = event.type === 'mousePressed' || event.type === 'mouseReleased';
		inFlight.push(
			cdp.send('Input.dispatchMouseEvent', {
				deltaX: 0,
				deltaY: 0,
				...event,
				button: pressOrRelease || pressed ? 'left' : 'none',
				buttons: pressed ? 1 : 0,
				clickCount: pressOrRelease ? 1 : 0
			})
		);
		sent++;
		if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
	}
	await Promise.all(inFlight);
	const seconds = (Date.now() - began) / 1000;
	await cdp.detach();
	return { frames: (await frames(page)) - before, seconds };
}

async function demoFirstFrame(page: Page): Promise<FirstFrame> {
	await page.context().addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.querySelector('[data-testid="people-count"]')) {
				performance.mark('bench:people-count');
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.reload();
	await waitForAnalysis(page);
	await page.waitForFunction(() => performance.getEntriesByName('weft:first-frame').length > 0);
	// No functions declared inside page callbacks: tsx would wrap them in a helper the page does not have.
	const [frame, ready, shown] = await page.evaluate(() =>
		['weft:first-frame', 'weft:data-ready', 'bench:people-count'].map(
			(name) => performance.getEntriesByName(name)[0]?.startTime ?? null
		)
	);
	if (frame === null || shown === null) throw new Error('the demo drew no first frame');
	if (ready !== null) return { ms: frame - ready, from: 'weft:data-ready' };
	return { ms: frame - shown, from: 'people count shown' };
}

export async function benchFps(
	sizes = FPS_SIZES,
	build = true
): Promise<{ results: FpsResult[]; demo: FirstFrame }> {
	if (build) execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	const session = await openApp();
	const { page } = session;
	try {
		await waitForAnalysis(page);
		const demo = await demoFirstFrame(page);
		const results: FpsResult[] = [];
		for (const people of sizes) {
			const csvs = organisationCsvs(people);
			await page.getByTestId('file-input').setInputFiles([
				{ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csvs.roster) },
				{ name: 'interactions.csv', mimeType: 'text/csv', buffer: Buffer.from(csvs.interactions) }
			]);
			await page.waitForFunction(
				(count) => document.querySelector('[data-testid="people-count"]')?.textContent === count,
				people.toLocaleString('en-GB'),
				{ timeout: 600_000 }
			);
			await waitForAnalysis(page, 600_000);
			await waitForStillCanvas(page);
			// The view was fitted to the layout's starting positions: fit the settled one, so the pans start on
			// empty space.
			await page.getByRole('button', { name: 'Fit the whole network in view' }).click();
			await waitForStillCanvas(page);
			const run = await drive(page);
			results.push({ people, ties: csvs.ties, ...run, fps: run.frames / run.seconds });
		}
		if (session.errors.length) throw new Error(`page errors: ${session.errors.join('; ')}`);
		return { results, demo };
	} finally {
		await session.close();
	}
}

const compact = (people: number) => `${people / 1000}k`;

export function fpsLine({ results, demo }: { results: FpsResult[]; demo: FirstFrame }): string {
	const fps = results.map((r) => `${compact(r.people)} ${r.fps.toFixed(1)}`).join(', ');
	const note = demo.from === 'weft:data-ready' ? '' : ` (from the ${demo.from})`;
	return `fps: ${fps}; demo first frame ${Math.round(demo.ms)} ms${note}`;
}

// `npx tsx bench/fps.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
	const result = await benchFps(FPS_SIZES, !process.argv.includes('--no-build'));
	for (const r of result.results)
		console.log(
			`${r.people.toLocaleString('en-GB')} people / ${r.ties.toLocaleString('en-GB')} ties: ${r.frames} frames in ${r.seconds.toFixed(2)} s`
		);
	console.log(fpsLine(result));
}
