// The hostile corpus in real Chromium, one file at a time after the demo: each refused with its message while the demo
// stays loaded, or read the documented safe way, within 10 seconds, and no name ever runs as script.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisation } from '../../src/lib/demo';
import { GENERATED_HOSTILE_FILES } from '../fixtures/hostile/generate';
import { openApp, waitForAnalysis, type Session } from './harness';

const HOSTILE = 'tests/fixtures/hostile';
interface Expectation {
	what: string;
	expect: 'error' | 'read';
	generated?: boolean;
	message?: string;
	names?: string[];
}
const manifest: { files: Record<string, Expectation> } = JSON.parse(
	readFileSync(`${HOSTILE}/manifest.json`, 'utf8')
);
const bytesOf = (name: string) =>
	Buffer.from(
		manifest.files[name].generated
			? GENERATED_HOSTILE_FILES[name]()
			: readFileSync(`${HOSTILE}/${name}`)
	);
const demo = generateDemoOrganisation();

declare global {
	interface Window {
		__pwned?: number;
	}
}

describe('hostile files in the dashboard', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		await waitForAnalysis(session.page);
	}, 120_000);
	afterAll(async () => session?.close());

	/** Uploads one file and waits until the import has ended, in an error or in a new analysis; returns the ms taken. */
	async function upload(name: string): Promise<number> {
		const { page } = session;
		const started = Date.now();
		await page
			.getByTestId('file-input')
			.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytesOf(name) });
		await page.waitForFunction(
			(file) => {
				const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]');
				const alert = document.querySelector('[role="alert"]')?.textContent ?? '';
				const listed = [...document.querySelectorAll('.files li')].some((item) =>
					item.textContent?.includes(file)
				);
				return (
					!input?.disabled &&
					!document.querySelector('[role="status"]') &&
					(alert.includes(file) || listed)
				);
			},
			name,
			{ timeout: 30_000 }
		);
		return Date.now() - started;
	}

	const refused = Object.entries(manifest.files).filter(([, file]) => file.expect === 'error');
	it.each(refused)(
		'%s is refused with its message and the demo stays loaded',
		async (name, file) => {
			const { page } = session;
			const took = await upload(name);
			expect(took).toBeLessThan(10_000);
			const alert = (await page.getByRole('alert').textContent())?.trim() ?? '';
			expect(alert).toMatch(new RegExp(file.message as string));
			expect(await page.getByTestId('people-count').textContent()).toBe(String(demo.people.length));
		},
		60_000
	);

	it('still works after them all: the People view lists the demo', async () => {
		const { page } = session;
		await page
			.getByRole('navigation', { name: 'Views' })
			.getByRole('button', { name: 'People' })
			.click();
		await page.getByRole('rowheader', { name: demo.people[0].name, exact: true }).first().waitFor();
		await page
			.getByRole('navigation', { name: 'Views' })
			.getByRole('button', { name: 'Network' })
			.click();
		expect(session.errors).toEqual([]);
	});

	const read = Object.entries(manifest.files).filter(([, file]) => file.expect === 'read');
	it.each(read)(
		'%s is read safely',
		async (name) => {
			const { page } = session;
			const took = await upload(name);
			expect(took).toBeLessThan(10_000);
			await waitForAnalysis(page);
			expect(await page.getByRole('alert').count()).toBe(0);
		},
		60_000
	);

	it('shows script-bearing names as text and runs none of them', async () => {
		const { page } = session;
		await upload('html-names.csv');
		await waitForAnalysis(page);
		await page
			.getByRole('navigation', { name: 'Views' })
			.getByRole('button', { name: 'People' })
			.click();
		for (const name of manifest.files['html-names.csv'].names ?? []) {
			await page.getByRole('rowheader', { name, exact: true }).first().waitFor();
		}
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(session.errors).toEqual([]);
	});
});
