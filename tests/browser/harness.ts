// Serves the built app on loopback and drives Debian's Chromium with playwright-core, recording every request.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import sirv from 'sirv';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/cli/chromium';

export const CHROMIUM_PATH = chromiumPath();
const BUILD_DIR = path.resolve('build');

export interface Session {
	url: string;
	page: Page;
	context: BrowserContext;
	/** Every URL the page asked for, to prove nothing leaves the app's origin. */
	requests: string[];
	/** Uncaught page errors and console errors. */
	errors: string[];
	/** Quits the browser and starts it again on the same profile and origin, as a user restarting it would. */
	restart(): Promise<void>;
	close(): Promise<void>;
}

function serveBuild(dir: string): Promise<Server> {
	if (!existsSync(path.join(dir, 'index.html'))) {
		throw new Error(`${dir}/index.html is missing: build it first (npm run build)`);
	}
	const serve = sirv(dir, { single: true, dev: false });
	const server = createServer((req, res) => serve(req, res));
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Opens the built app, or another built page (the browser benchmark's) from `dir`. */
export async function openApp(dir = BUILD_DIR): Promise<Session> {
	const server = await serveBuild(dir);
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	const profile = mkdtempSync(path.join(tmpdir(), 'weft-chromium-'));
	const requests: string[] = [];
	const errors: string[] = [];
	async function launch(): Promise<{ context: BrowserContext; page: Page }> {
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM_PATH,
			headless: true,
			viewport: { width: 1440, height: 900 },
			args: CHROMIUM_ARGS
		});
		const page = context.pages()[0] ?? (await context.newPage());
		context.on('request', (request) => requests.push(request.url()));
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto(url);
		return { context, page };
	}
	const session: Session = {
		url,
		...(await launch()),
		requests,
		errors,
		async restart() {
			await session.context.close();
			Object.assign(session, await launch());
		},
		async close() {
			await session.context.close();
			await new Promise((resolve) => server.close(resolve));
			rmSync(profile, { recursive: true, force: true });
		}
	};
	return session;
}

/** Waits until the dashboard shows an analysis and no work is in progress. */
export async function waitForAnalysis(page: Page, timeout = 60_000): Promise<void> {
	await page.waitForSelector('[data-testid="people-count"]', { timeout });
	await page.waitForFunction(() => !document.querySelector('[role="status"]'), null, { timeout });
}
