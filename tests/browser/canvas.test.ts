// The network canvas in real Chromium on the demo: exports, dark mode, hover, click and drag, checked on the pixels.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, waitForAnalysis, type Session } from './harness';

interface Circle {
	x: number;
	y: number;
	r: number;
}

const frames = (page: Page) =>
	page.evaluate(() => Number(document.querySelector('canvas')?.dataset.frames ?? 0));

/** Waits until the canvas has drawn no frame for a second: the layout has settled and nothing moves. */
async function waitForStillCanvas(page: Page): Promise<void> {
	await page.waitForSelector('canvas[data-drawn-people]');
	let last = await frames(page);
	for (let quiet = 0; quiet < 4;) {
		await page.waitForTimeout(250);
		const now = await frames(page);
		quiet = now === last ? quiet + 1 : 0;
		last = now;
	}
}

/** Two animation frames: whatever the last event changed has been drawn. */
const drawn = (page: Page) =>
	page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** People in view as the SVG export draws them, in page coordinates. */
async function circles(page: Page): Promise<Circle[]> {
	const { bytes } = await download(page, 'Export the view as SVG');
	const box = await page.locator('canvas').boundingBox();
	if (!box) throw new Error('no canvas');
	return [
		...bytes.toString('utf8').matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.]+)"/g)
	].map(([, x, y, r]) => ({ x: box.x + Number(x), y: box.y + Number(y), r: Number(r) }));
}

/** The canvas's pixels at page points, as [r, g, b]. */
async function pixelsAt(page: Page, points: { x: number; y: number }[]): Promise<number[][]> {
	return page.evaluate((at) => {
		const canvas = document.querySelector('canvas') as HTMLCanvasElement;
		const rect = canvas.getBoundingClientRect();
		const ratio = canvas.width / rect.width;
		const context = canvas.getContext('2d') as CanvasRenderingContext2D;
		return at.map(({ x, y }) => [
			...context
				.getImageData(Math.round((x - rect.left) * ratio), Math.round((y - rect.top) * ratio), 1, 1)
				.data.slice(0, 3)
		]);
	}, points);
}

const distance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

async function hoveredName(page: Page, point: { x: number; y: number }): Promise<string | null> {
	await page.mouse.move(point.x, point.y);
	const tooltip = page.getByRole('tooltip');
	try {
		await tooltip.waitFor({ timeout: 2_000 });
	} catch {
		return null;
	}
	return (await tooltip.locator('strong').textContent()) ?? null;
}

/** A corner of the canvas, clear of people and of the toolbar. */
async function emptyCorner(page: Page): Promise<{ x: number; y: number }> {
	const box = await page.locator('canvas').boundingBox();
	if (!box) throw new Error('no canvas');
	return { x: box.x + 6, y: box.y + box.height - 6 };
}

describe('the network canvas', () => {
	let session: Session;
	let page: Page;
	let people: Circle[];

	beforeAll(async () => {
		session = await openApp();
		page = session.page;
		await waitForAnalysis(page);
		await waitForStillCanvas(page);
		// The view was fitted to the layout's starting positions; the settled layout may reach past it.
		await page.getByRole('button', { name: 'Fit the whole network in view' }).click();
		await waitForStillCanvas(page);
		people = await circles(page);
	});
	afterAll(async () => session?.close());

	it('counts its frames and marks the first frame of the network', async () => {
		expect(await frames(page)).toBeGreaterThan(0);
		const marks = await page.evaluate(
			() => performance.getEntriesByName('weft:first-frame').length
		);
		expect(marks).toBeGreaterThanOrEqual(1);
	});

	it('exports the view as an SVG that parses and holds one circle per person shown', async () => {
		const { name, bytes } = await download(page, 'Export the view as SVG');
		expect(name).toMatch(/^weft-network-\d{4}-\d{2}-\d{2}\.svg$/);
		const parsed = await page.evaluate((text) => {
			const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				errors: svg.getElementsByTagName('parsererror').length,
				circles: svg.querySelectorAll('circle').length,
				paths: svg.querySelectorAll('path').length
			};
		}, bytes.toString('utf8'));
		expect(parsed.errors).toBe(0);
		const shown = Number(await page.getByTestId('people-count').textContent());
		expect(parsed.circles).toBe(shown);
		expect(parsed.circles).toBe(people.length);
		expect(parsed.paths).toBeGreaterThan(0);
	});

	it('exports the view as a PNG at twice the canvas size, with the network on it', async () => {
		const { name, bytes } = await download(page, 'Export the view as PNG');
		expect(name).toMatch(/^weft-network-\d{4}-\d{2}-\d{2}\.png$/);
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		const box = await page.locator('canvas').boundingBox();
		// IHDR: width and height, big-endian, at bytes 16 and 20.
		expect(bytes.readUInt32BE(16)).toBe(Math.round((box?.width ?? 0) * 2));
		expect(bytes.readUInt32BE(20)).toBe(Math.round((box?.height ?? 0) * 2));
		const painted = await page.evaluate(async (base64) => {
			const image = new Image();
			image.src = `data:image/png;base64,${base64}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.width;
			canvas.height = image.height;
			const context = canvas.getContext('2d') as CanvasRenderingContext2D;
			context.drawImage(image, 0, 0);
			const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
			let differs = 0;
			for (let i = 0; i < data.length; i += 4)
				if (
					Math.abs(data[i] - data[0]) +
						Math.abs(data[i + 1] - data[1]) +
						Math.abs(data[i + 2] - data[2]) >
					30
				)
					differs++;
			return differs / (data.length / 4);
		}, bytes.toString('base64'));
		expect(painted).toBeGreaterThan(0.03);
	});

	it('dims everyone but a hovered person and their ties, and says who it is', async () => {
		await page.mouse.move((await emptyCorner(page)).x, (await emptyCorner(page)).y);
		await drawn(page);
		const [background] = await pixelsAt(page, [await emptyCorner(page)]);
		const largest = [...people].sort((a, b) => b.r - a.r)[0];
		// People far from the hovered one, big enough to read their colour at the centre.
		const others = people
			.filter((c) => c.r >= 3 && Math.hypot(c.x - largest.x, c.y - largest.y) > 60)
			.slice(0, 40);
		const before = await pixelsAt(page, others);
		expect(await hoveredName(page, largest)).toBeTruthy();
		await drawn(page);
		const after = await pixelsAt(page, others);
		const dimmed = others.filter(
			(_, i) => distance(after[i], background) < distance(before[i], background) - 20
		).length;
		// Most of them are not the hovered person's neighbours.
		expect(dimmed).toBeGreaterThan(others.length / 2);
		await page.mouse.move((await emptyCorner(page)).x, (await emptyCorner(page)).y);
		await drawn(page);
		const again = await pixelsAt(page, others);
		expect(again).toEqual(before);
	});

	it('selects the person clicked and opens their panel', async () => {
		const someone = people.find((c) => c.r >= 4) as Circle;
		const name = await hoveredName(page, someone);
		await page.mouse.click(someone.x, someone.y);
		const panel = page.getByRole('region', { name: 'Selected person' });
		await panel.waitFor();
		expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(name);
		await panel.getByRole('button', { name: 'Close the person panel' }).click();
	});

	it('moves a dragged person, pins them where they were dropped, and does not pan', async () => {
		const box = await page.locator('canvas').boundingBox();
		if (!box) throw new Error('no canvas');
		const clearOf = (x: number, y: number) =>
			people.every((c) => Math.hypot(c.x - x, c.y - y) > c.r + 24);
		// Someone with room around a spot 80 px away, inside the canvas.
		let pick: { from: Circle; to: { x: number; y: number } } | null = null;
		for (const from of people.filter((c) => c.r >= 3)) {
			for (const [dx, dy] of [
				[80, 0],
				[-80, 0],
				[0, 80],
				[0, -80],
				[60, 60],
				[-60, -60]
			]) {
				const to = { x: from.x + dx, y: from.y + dy };
				if (
					to.x > box.x + 20 &&
					to.x < box.x + box.width - 20 &&
					to.y > box.y + 60 &&
					to.y < box.y + box.height - 20 &&
					clearOf(to.x, to.y)
				) {
					pick = { from, to };
					break;
				}
			}
			if (pick) break;
		}
		if (!pick) throw new Error('no room to drag anyone');
		const pins = async () =>
			(await download(page, 'Export the view as SVG')).bytes.toString('utf8').split('class="pin"')
				.length - 1;
		expect(await pins()).toBe(0);
		const canvas = page.locator('canvas');
		const viewBefore = await canvas.getAttribute('data-view');
		const name = await hoveredName(page, pick.from);
		expect(name).toBeTruthy();
		await page.mouse.move(pick.from.x, pick.from.y);
		await page.mouse.down();
		await page.mouse.move(pick.to.x, pick.to.y, { steps: 8 });
		await page.mouse.up();
		const corner = await emptyCorner(page);
		await page.mouse.move(corner.x, corner.y);
		await waitForStillCanvas(page);
		// The dragged person stays where they were dropped (the layout may have moved everyone else since).
		expect(await hoveredName(page, pick.to)).toBe(name);
		// The drag asked for a pin, and the page's pin shows as a mark.
		expect(await pins()).toBe(1);
		// The view did not pan, and a drag is not a click.
		expect(await canvas.getAttribute('data-view')).toBe(viewBefore);
		expect(await page.getByRole('region', { name: 'Selected person' }).count()).toBe(0);
	});

	it('follows the system’s dark setting: the canvas background and the page background change', async () => {
		const corner = await emptyCorner(page);
		await page.mouse.move(corner.x, corner.y);
		await drawn(page);
		const pageBackground = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const [light] = await pixelsAt(page, [corner]);
		const lightPage = await pageBackground();
		await page.emulateMedia({ colorScheme: 'dark' });
		await drawn(page);
		await drawn(page);
		const [dark] = await pixelsAt(page, [corner]);
		const luminance = ([r, g, b]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
		expect(luminance(light)).toBeGreaterThan(200);
		expect(luminance(dark)).toBeLessThan(50);
		expect(await pageBackground()).not.toBe(lightPage);
		await page.emulateMedia({ colorScheme: 'light' });
		await drawn(page);
		await drawn(page);
		expect(await pixelsAt(page, [corner])).toEqual([light]);
	});

	it('logs no errors', () => {
		expect(session.errors).toEqual([]);
	});
});
