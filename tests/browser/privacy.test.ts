// Privacy in real Chromium: a whole session (demo, an upload of every format, every view, every export) asks for
// nothing off the app's origin and breaks no rule of the Content-Security-Policy the static page carries.
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisation, interactionsCsv, rosterCsv } from '../../src/lib/demo';
import { openApp, waitForAnalysis, type Session } from './harness';

const demo = generateDemoOrganisation();
const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`);
const upload = (name: string, buffer: Buffer | Uint8Array | string) => ({
	name,
	mimeType: 'application/octet-stream',
	buffer: Buffer.from(buffer)
});

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

describe('privacy of a whole session', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openApp();
		// Every CSP violation the page sees, from the first script on (hence the reload).
		await session.context.addInitScript(() => {
			window.__cspViolations = [];
			document.addEventListener('securitypolicyviolation', (event) =>
				window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`)
			);
		});
		await session.page.reload();
		await waitForAnalysis(session.page);
	}, 120_000);
	afterAll(async () => session?.close());

	it('serves a CSP meta tag allowing only the origin for scripts, workers, wasm and connections', async () => {
		const csp = await session.page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const directives = new Map(
			(csp ?? '').split(';').map((part) => {
				const [name, ...values] = part.trim().split(/\s+/);
				return [name, values] as const;
			})
		);
		expect(directives.get('default-src')).toEqual(["'self'"]);
		expect(directives.get('connect-src')).toEqual(["'self'"]);
		expect(directives.get('worker-src')).toEqual(["'self'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		// 'self', wasm compilation and the hash of SvelteKit's start-up script; never 'unsafe-inline' or 'unsafe-eval'.
		const scripts = directives.get('script-src') ?? [];
		expect(scripts.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(scripts.slice(2).every((source) => source.startsWith("'sha256-"))).toBe(true);
	});

	it('asks for nothing off the origin and breaks no CSP rule through uploads, views and exports', async () => {
		const { page, url } = session;
		const input = page.getByTestId('file-input');
		const importAndWait = async (files: ReturnType<typeof upload>[]) => {
			await input.setInputFiles(files);
			// The import starts, then the analysis settles; an error would show as an alert.
			await page.waitForTimeout(200);
			await waitForAnalysis(page, 90_000);
			const alert = page.getByRole('alert');
			if (await alert.count()) throw new Error(`${files[0].name}: ${await alert.textContent()}`);
		};

		// Every export, of the demo; the GEXF and GraphML come back in below.
		await page.locator('summary', { hasText: /^Export$/ }).click();
		const exported = new Map<string, Buffer>();
		for (const label of [
			'People (CSV)',
			'Teams (CSV)',
			'Ties (CSV)',
			'Analysis (JSON)',
			'Network (GEXF, for Gephi)',
			'Network (GraphML)'
		]) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: label }).click()
			]);
			exported.set(download.suggestedFilename(), readFileSync((await download.path()) as string));
		}
		for (const name of ['PNG', 'SVG']) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: `Export the view as ${name}` }).click()
			]);
			expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${name.toLowerCase()}$`));
		}

		const ics = fixture('calendar/google-europe-london.ics');
		await importAndWait([
			upload('roster.csv', rosterCsv(demo)),
			upload('interactions.csv', interactionsCsv(demo))
		]);
		await importAndWait([upload('google.ics', ics)]);
		await importAndWait([
			upload(
				'takeout.zip',
				zipSync({ 'a.ics': new Uint8Array(ics), 'b/b.ics': strToU8(ics.toString('utf8')) })
			)
		]);
		await importAndWait([upload('outlook.csv', fixture('calendarCsv/outlook-us.csv'))]);
		await importAndWait([upload('meetings.csv', fixture('calendarCsv/meetings.csv'))]);
		await importAndWait([upload('network.graphml', exported.get('network.graphml') as Buffer)]);
		await importAndWait([upload('network.gexf', exported.get('network.gexf') as Buffer)]);
		// The network file's people, with the people of the calendars still loaded beside it.
		expect(Number(await page.getByTestId('people-count').textContent())).toBeGreaterThanOrEqual(
			demo.people.length
		);

		// Every view the top bar offers, whatever views there are, and back to the picture.
		const nav = page.getByRole('navigation', { name: 'Views' });
		const names = (await nav.getByRole('button').allTextContents()).map((name) => name.trim());
		expect(names).toEqual(
			expect.arrayContaining(['Network', 'People', 'Teams', 'Communities', 'Roles'])
		);
		for (const view of [...names, 'Network']) {
			await nav.getByRole('button', { name: view, exact: true }).click();
			await page.waitForTimeout(300);
		}

		const offOrigin = session.requests.filter(
			(request) =>
				!request.startsWith(url) && !request.startsWith('blob:') && !request.startsWith('data:')
		);
		expect(offOrigin).toEqual([]);
		expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
		expect(
			session.errors.filter((error) => /Content.Security.Policy|Refused to/i.test(error))
		).toEqual([]);
		expect(session.errors).toEqual([]);
	}, 240_000);

	it('enforces the policy: a request off the origin and an inline script are refused and reported', async () => {
		const { page } = session;
		const outcome = await page.evaluate(async () => {
			const refused = await fetch('https://example.com/').then(
				() => false,
				() => true
			);
			const script = document.createElement('script');
			script.textContent = 'window.__inline = 1';
			document.body.append(script);
			await new Promise((resolve) => setTimeout(resolve, 100));
			return {
				refused,
				inlineRan: (window as unknown as { __inline?: number }).__inline === 1,
				violations: window.__cspViolations ?? []
			};
		});
		expect(outcome.refused).toBe(true);
		expect(outcome.inlineRan).toBe(false);
		expect(outcome.violations.some((v) => v.startsWith('connect-src https://example.com'))).toBe(
			true
		);
		expect(outcome.violations.some((v) => v.startsWith('script-src'))).toBe(true);
		// Those refusals are logged as console errors; the tests after this one check errors from here on.
		session.errors.length = 0;
	});

	it('with pseudonyms on, shows and exports no real name or email, teams kept', async () => {
		const { page } = session;
		await page.getByRole('button', { name: 'Reload the demo' }).click();
		await page.waitForTimeout(200);
		await waitForAnalysis(page);
		await page.getByTestId('pseudonymise').check();
		await page.waitForTimeout(200);
		await waitForAnalysis(page);
		const real = (text: string) =>
			demo.people.flatMap((person) =>
				[person.name, person.id].filter((name) => text.includes(name))
			);
		const views = page.getByRole('navigation', { name: 'Views' });
		const names = (await views.getByRole('button').allTextContents()).map((name) => name.trim());
		for (const view of [...names, 'Network']) {
			await views.getByRole('button', { name: view, exact: true }).click();
			// A view that loads its own data (Change) settles after the click; what counts is what it then shows.
			await expect
				.poll(async () => real(await page.locator('body').innerText()), { timeout: 10_000 })
				.toEqual([]);
			const text = await page.locator('body').innerText();
			if (view === 'People') {
				expect(text).toMatch(/Person \d{3}/);
				expect(text).toContain(demo.people[0].team);
			}
		}
		// The person panel and the search box, then every export.
		await page.locator('input[type="search"]').first().fill('Person 00');
		await page.waitForTimeout(300);
		expect(real(await page.locator('body').innerText())).toEqual([]);
		for (const label of [
			'People (CSV)',
			'Ties (CSV)',
			'Analysis (JSON)',
			'Network (GEXF, for Gephi)',
			'Network (GraphML)'
		]) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: label }).click()
			]);
			const text = readFileSync((await download.path()) as string, 'utf8');
			expect(real(text), label).toEqual([]);
			expect(text, label).toMatch(/person-\d{3}/);
		}
		// Off again: the real names are back.
		await page.getByTestId('pseudonymise').uncheck();
		await page.waitForTimeout(200);
		await waitForAnalysis(page);
		await views.getByRole('button', { name: 'People' }).click();
		await page.getByRole('rowheader', { name: demo.people[0].name, exact: true }).first().waitFor();
	}, 120_000);

	it('with pseudonyms on, names a file named after a person by the pseudonym in the list of files', async () => {
		const { page } = session;
		await page
			.getByTestId('file-input')
			.setInputFiles([
				upload('roster.csv', 'id,name,team\nann,Ann Example,Sales\nbo,Bo Other,Ops\n'),
				upload('Ann Example week.csv', 'source,target\nann,bo\n')
			]);
		const files = page.locator('section.import');
		await expect
			.poll(() => files.innerText(), { timeout: 30_000 })
			.toContain('Ann Example week.csv');
		await waitForAnalysis(page);
		await page.getByTestId('pseudonymise').check();
		await expect
			.poll(() => files.innerText(), { timeout: 30_000 })
			.toMatch(/Person \d{3} week\.csv/);
		await waitForAnalysis(page);
		expect(await page.locator('body').innerText()).not.toContain('Ann Example');
		await page.getByTestId('pseudonymise').uncheck();
		await expect
			.poll(() => files.innerText(), { timeout: 30_000 })
			.toContain('Ann Example week.csv');
		await waitForAnalysis(page);
		// Back to the demo, as the next test expects.
		await page.getByRole('button', { name: 'Reload the demo' }).click();
		await page.waitForTimeout(200);
		await waitForAnalysis(page);
	}, 90_000);

	it('withholds small teams\' figures as "fewer than 5", in the Teams view and the exports', async () => {
		const { page } = session;
		const big = Array.from({ length: 6 }, (_, i) => `b${i},Big`);
		await page
			.getByTestId('file-input')
			.setInputFiles([
				upload('small-roster.csv', ['id,team', ...big, 't0,Tiny', 't1,Tiny'].join('\n')),
				upload('small-ties.csv', ['source,target', 'b0,b1', 'b1,b2', 't0,t1', 'b0,t0'].join('\n'))
			]);
		await page.getByText('small-roster.csv').first().waitFor();
		await waitForAnalysis(page);
		const views = page.getByRole('navigation', { name: 'Views' });
		await views.getByRole('button', { name: 'Teams' }).click();
		const tinyRow = page
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: 'Tiny' }) });
		await tinyRow.waitFor();
		expect(await tinyRow.getByRole('cell').allTextContents()).toEqual(
			Array(await tinyRow.getByRole('cell').count()).fill('fewer than 5')
		);
		const bigRow = page
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: 'Big' }) });
		expect(await bigRow.getByRole('cell').first().textContent()).toBe('6');
		expect(await page.getByTestId('withheld-teams').textContent()).toMatch(
			/1\s+team with fewer than 5\s+people left out/
		);

		const exported = async (label: string) => {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: label }).click()
			]);
			return readFileSync((await download.path()) as string, 'utf8');
		};
		expect(await exported('Teams (CSV)')).toContain('Tiny,fewer than 5,fewer than 5,');
		const json = JSON.parse(await exported('Analysis (JSON)'));
		expect(json.privacy).toEqual({
			minGroupSize: 5,
			pseudonymised: false,
			suppressedTeams: ['Tiny']
		});

		// A size that is none is refused where it was typed, and Tiny stays withheld.
		const box = page.getByTestId('min-group-size');
		for (const text of ['0', '2.5', '-3']) {
			await box.fill(text);
			await box.dispatchEvent('change');
			expect(await box.getAttribute('aria-invalid')).toBe('true');
			await page
				.getByText('Smallest group: a whole number of 1 or more; still withholding teams under 5.')
				.waitFor();
			expect(await page.getByTestId('withheld-teams').count()).toBeGreaterThan(0);
		}

		// Lowered to 2, Tiny's figures show, and the complaint goes.
		await page.getByTestId('min-group-size').fill('2');
		await page.getByTestId('min-group-size').dispatchEvent('change');
		await tinyRow.getByRole('cell', { name: '2', exact: true }).first().waitFor();
		expect(await page.getByTestId('withheld-teams').count()).toBe(0);
		expect(await box.getAttribute('aria-invalid')).toBeNull();
		expect(await page.getByText('still withholding').count()).toBe(0);
		expect(await exported('Teams (CSV)')).toContain('Tiny,2,1,1,');
	}, 120_000);

	it("withholds the demo's small teams in the Teams switch, the legend, Communities and Change", async () => {
		const { page } = session;
		await page.getByRole('button', { name: 'Reload the demo' }).click();
		await page.waitForTimeout(200);
		await waitForAnalysis(page);
		// The demo's teams have 13 to 45 people; at 16, People & Culture (13) and Finance (15) are small.
		const sizes = new Map<string, number>();
		for (const person of demo.people) sizes.set(person.team, (sizes.get(person.team) ?? 0) + 1);
		const small = [...sizes].filter(([, size]) => size < 16).map(([team]) => team);
		expect(small.sort()).toEqual(['Finance', 'People & Culture']);
		await page.getByTestId('min-group-size').fill('16');
		await page.getByTestId('min-group-size').dispatchEvent('change');
		/** Text about a small team with "fewer than 16" taken out: it must hold no other figure. */
		const figuresIn = (text: string | null) =>
			(text ?? '').replaceAll('fewer than 16', '').match(/\d/g);

		const views = page.getByRole('navigation', { name: 'Views' });
		await views.getByRole('button', { name: 'Network', exact: true }).click();
		await page.getByRole('radio', { name: 'Teams' }).click();
		const picture = page.locator('figure.team-network');
		await picture.waitFor();
		for (const team of small) {
			// The circles sit in an SVG image, so they are found by their label rather than by role.
			const node = picture.locator(`g[aria-label^="${team}:"]`);
			expect(await node.getAttribute('aria-label')).toBe(
				`${team}: fewer than 16 people, figures withheld`
			);
			// Its name, its tooltip and nothing else: no count in the circle, no share.
			expect(figuresIn(await node.textContent())).toBeNull();
			expect(await node.locator('circle').getAttribute('r')).toBe('8');
		}
		expect(await picture.locator('g[aria-label^="Sales:"]').getAttribute('aria-label')).toMatch(
			/^Sales: 40 people; \d+% of its tie weight stays inside$/
		);
		const links = await picture
			.locator('line')
			.evaluateAll((lines) =>
				lines.map((line) => [line.textContent ?? '', line.getAttribute('stroke-width') ?? ''])
			);
		const smallLinks = links.filter(([title]) => small.some((team) => title.includes(team)));
		expect(smallLinks.length).toBeGreaterThan(0);
		for (const [title, width] of smallLinks) {
			expect(title).toContain('figures withheld');
			expect(figuresIn(title)).toBeNull();
			expect(width).toBe('1.5');
		}
		// The team legend beside the picture counts them as "fewer than 16" too.
		const legend = page.getByRole('list', { name: /^Team: click to leave out or bring back$/ });
		for (const team of small) {
			// Inside the folded "Which ones" of the grey "Other teams" entry, hence hidden.
			const entry = legend
				.getByRole('button', { name: new RegExp(`^${team}`), includeHidden: true })
				.first();
			expect((await entry.textContent())?.trim()).toMatch(new RegExp(`${team}\\s+fewer than 16$`));
		}
		// The grey group's total, less its other teams' counts, would give theirs: it has none.
		const others = legend.getByRole('button', { name: /^Other teams/ });
		expect((await others.textContent())?.trim()).toMatch(/\)$/);
		await page.getByRole('radio', { name: 'People' }).click();

		await views.getByRole('button', { name: 'Communities', exact: true }).click();
		const bars = page.getByTestId('community').locator('[role="img"]');
		await bars.first().waitFor();
		const labels = await bars.evaluateAll((found) =>
			found.map((bar) => bar.getAttribute('aria-label') ?? '')
		);
		expect(labels.some((label) => label.includes('People & Culture fewer than 16'))).toBe(true);
		const cards = await page.getByTestId('community').allInnerTexts();
		for (const text of [...labels, ...cards]) {
			expect(text).not.toMatch(/(People & Culture|Finance):? \d/);
		}
		const titles = await page
			.getByTestId('community')
			.locator('.bar span')
			.evaluateAll((spans) => spans.map((span) => span.getAttribute('title') ?? ''));
		for (const title of titles.filter((t) => small.some((team) => t.startsWith(`${team}:`)))) {
			expect(figuresIn(title)).toBeNull();
		}

		await views.getByRole('button', { name: 'Change', exact: true }).click();
		await page.getByLabel('Split date').fill('2026-02-16');
		await page.getByRole('button', { name: 'Before vs after' }).click();
		await page.getByRole('button', { name: 'Compare', exact: true }).click();
		await page.getByTestId('tie-change').waitFor({ timeout: 60_000 });
		const teamsTable = page.getByRole('region', { name: 'Teams, A → B' });
		for (const team of small) {
			const row = teamsTable
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: team, exact: true }) });
			const cells = await row.getByRole('cell').allTextContents();
			expect(cells).toEqual([
				'fewer than 16 → fewer than 16',
				'–',
				'fewer than 16 → fewer than 16',
				'fewer than 16 → fewer than 16',
				'fewer than 16 → fewer than 16'
			]);
		}
		const sales = teamsTable
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: 'Sales', exact: true }) });
		expect((await sales.getByRole('cell').first().textContent()) ?? '').toMatch(/^-?\d/);

		await page.getByTestId('min-group-size').fill('5');
		await page.getByTestId('min-group-size').dispatchEvent('change');
		await views.getByRole('button', { name: 'Network', exact: true }).click();
		expect(session.errors).toEqual([]);
	}, 180_000);

	it('"Delete all data" leaves no table in the database and nothing in browser storage', async () => {
		const { page } = session;
		await page.getByRole('button', { name: 'Delete all data' }).click();
		await page
			.getByRole('group', { name: 'Confirm deleting' })
			.getByRole('button', { name: 'Delete' })
			.click();
		await page
			.getByText(
				'All data deleted: no table is left in this page and nothing is stored in this browser.'
			)
			.waitFor();
		expect(await page.getByTestId('people-count').count()).toBe(0);
		expect(await page.getByTestId('placeholder').textContent()).toContain('everything was deleted');
		expect(await page.getByTestId('pseudonymise').isChecked()).toBe(false);
		expect(await page.getByTestId('min-group-size').inputValue()).toBe('5');
		const stored = await page.evaluate(async () => {
			const opfs = await navigator.storage.getDirectory();
			const entries: string[] = [];
			for await (const name of (opfs as unknown as { keys(): AsyncIterable<string> }).keys())
				entries.push(name);
			return {
				local: localStorage.length,
				session: sessionStorage.length,
				indexedDb: (await indexedDB.databases()).length,
				caches: (await caches.keys()).length,
				opfs: entries
			};
		});
		expect(stored).toEqual({ local: 0, session: 0, indexedDb: 0, caches: 0, opfs: [] });
		// The page still works: a file imports into the emptied workspace.
		await page
			.getByTestId('file-input')
			.setInputFiles([
				upload('after.csv', 'id,team\nann,Sales\nbo,Sales\n'),
				upload('after-ties.csv', 'source,target\nann,bo\n')
			]);
		await page.getByTestId('people-count').waitFor();
		await waitForAnalysis(page);
		expect(await page.getByTestId('people-count').textContent()).toBe('2');
		expect(session.errors).toEqual([]);
	}, 120_000);
});
