// `weft report` as users run it: one self-contained HTML file with every section, names escaped, nothing fetched.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runWeft } from './runWeft';
import { describe, expect, it } from 'vitest';

const HOSTILE_NAME = '<img src="https://evil.example/x.png" onerror="alert(1)"> Ann & "Bo"';
const HOSTILE_TEAM = 'R&D <b>core</b>';

const weft = (args: string[], env: Record<string, string> = {}) => runWeft(args, { env });

/** Three teams of three, each a triangle, joined through one person: a small network with a broker and a loner. */
function organisation(dir: string): { roster: string; ties: string } {
	const teams = [HOSTILE_TEAM, 'Sales', 'Support'];
	const rows = ['id,name,team'];
	teams.forEach((team, t) => {
		for (let i = 0; i < 3; i++) {
			const name = t === 0 && i === 0 ? HOSTILE_NAME : `Person ${t}${i}`;
			rows.push(`p${t}${i},"${name.replaceAll('"', '""')}","${team}"`);
		}
	});
	rows.push('loner,Lone Person,Sales');
	const ties = ['source,target,weight'];
	for (let t = 0; t < 3; t++) {
		ties.push(`p${t}0,p${t}1,2`, `p${t}1,p${t}2,2`, `p${t}0,p${t}2,2`);
	}
	ties.push('p00,p10,1', 'p00,p20,1');
	const roster = path.join(dir, 'roster.csv');
	const interactions = path.join(dir, 'ties.csv');
	writeFileSync(roster, rows.join('\n'));
	writeFileSync(interactions, ties.join('\n'));
	return { roster, ties: interactions };
}

describe('weft report', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'weft-report-'));
	const files = organisation(dir);

	it('writes one HTML file with every section, names escaped and no external URL', async () => {
		const out = path.join(dir, 'report.html');
		// The fixture's teams are smaller than the default minimum group size, which would withhold them.
		const { code, stderr } = await weft([
			'report',
			'--min-group-size',
			'1',
			'--roster',
			files.roster,
			'--out',
			out,
			files.ties
		]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const html = readFileSync(out, 'utf8');
		for (const id of ['overview', 'silos', 'bridges', 'brokers', 'edge', 'communities']) {
			expect(html).toContain(`<section class="section" id="${id}">`);
		}
		// 10 people (the loner included), 3 teams, 11 ties.
		expect(html).toContain('10 people in 3 teams, joined by 11 working ties');
		expect(html).toContain('No recorded tie: Lone Person (Sales).');
		// The hostile name and team only as text: escaped, never as an element.
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<b>');
		expect(html).toContain('&lt;img src=&quot;https://evil.example/x.png&quot;');
		expect(html).toContain('R&amp;D &lt;b&gt;core&lt;/b&gt;');
		// Nothing to fetch: no src or href attribute at all, no script, no stylesheet link.
		// (Names are text, so their escaped "src=" is not an attribute: only real tags are looked at.)
		const tags = html.match(/<[a-z!][^>]*>/gi) ?? [];
		expect(tags.length).toBeGreaterThan(100);
		expect(tags.filter((tag) => /\s(src|href)\s*=/i.test(tag))).toEqual([]);
		expect(tags.filter((tag) => /^<(script|link|img|iframe|object|embed)\b/i.test(tag))).toEqual(
			[]
		);
		// The only URL in a tag is SVG's namespace name, which is never fetched.
		const urls = tags.flatMap((tag) => tag.match(/https?:\/\/[^"'\s>]*/g) ?? []);
		expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
		expect(html.match(/url\(/g)).toBeNull();
	});

	it('writes a PDF with Chromium, and says clearly when Chromium is missing', async () => {
		const missing = await weft(
			['report', '--roster', files.roster, '--out', path.join(dir, 'missing.pdf'), files.ties],
			{ CHROMIUM_PATH: path.join(dir, 'no-chromium') }
		);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/^weft: a PDF needs Chromium at .*no-chromium/);
		expect(existsSync(path.join(dir, 'missing.pdf'))).toBe(false);

		const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
		if (!existsSync(chromium)) return;
		const out = path.join(dir, 'report.pdf');
		const { code } = await weft(
			['report', '--roster', files.roster, '--out', out, '--paper', 'letter', files.ties],
			{ CHROMIUM_PATH: chromium }
		);
		expect(code).toBe(0);
		expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('rejects an output that is neither .html nor .pdf', async () => {
		const { code, stderr } = await weft([
			'report',
			'--roster',
			files.roster,
			'--out',
			path.join(dir, 'report.docx'),
			files.ties
		]);
		expect(code).toBe(2);
		expect(stderr).toContain('report writes .html or .pdf');
	});
});
