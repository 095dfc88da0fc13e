// `weft compare` as users run it: two periods of the hand-made calendar in tests/fixtures/change, and bad command lines.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { weft } from './runWeft';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/change';

describe('weft compare', () => {
	it('writes both periods and what changed between them', async () => {
		// Teams X and Y have three people each: a minimum group size of 1 shows their figures.
		const { code, stdout, stderr } = await weft(
			'compare',
			'--min-group-size',
			'1',
			'--roster',
			`${FIXTURE}/roster.csv`,
			'--a',
			'2026-01-05..2026-01-18',
			'--b',
			'2026-01-19..2026-02-01',
			`${FIXTURE}/meetings.csv`
		);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.periods).toEqual({ a: '2026-01-05..2026-01-18', b: '2026-01-19..2026-02-01' });
		// Each period's own analysis: 8 ties in A (3 + 3 inside, 2 across) and 8 in B (1 + 3 inside, 4 across).
		expect(result.a.network.ties).toBe(8);
		expect(result.b.network.ties).toBe(8);
		expect(Object.keys(result.differences).sort()).toEqual(
			['communities', 'drifting', 'largestChanges', 'teams', 'ties'].sort()
		);
		expect(result.differences.ties.gained).toHaveLength(3);
		expect(result.differences.ties.lost).toHaveLength(3);
		const x = result.differences.teams.find((team: { team: string }) => team.team === 'X');
		expect(x.change.externalTies).toBe(2);
		expect(result.differences.drifting.map((person: { id: string }) => person.id)).toEqual([
			'x3@t.example',
			'y3@t.example'
		]);
		// Everyone on this roster started in 2020, before the data: no newcomers.
		expect(result.newcomers.newcomers).toEqual([]);
		expect(result.differences.largestChanges.degree[0]).toMatchObject({
			id: 'x3@t.example',
			change: { degree: -3 }
		});
	});

	it('withholds the figures of teams under --min-group-size (default 5), as analyze does', async () => {
		const periods = ['--a', '2026-01-05..2026-01-18', '--b', '2026-01-19..2026-02-01'];
		const files = ['--roster', `${FIXTURE}/roster.csv`, `${FIXTURE}/meetings.csv`];
		const { code, stdout, stderr } = await weft('compare', ...periods, ...files);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		const withheld = { suppressed: true, fewerThan: 5 };
		const hidden = {
			size: null,
			internalTies: null,
			externalTies: null,
			eiIndex: null,
			density: null,
			...withheld
		};
		expect(result.privacy).toEqual({
			minGroupSize: 5,
			pseudonymised: false,
			suppressedTeams: ['X', 'Y']
		});
		for (const team of result.differences.teams) {
			expect(team).toEqual({
				team: team.team,
				a: hidden,
				b: hidden,
				change: { internalTies: null, externalTies: null, eiIndex: null, density: null },
				...withheld
			});
		}
		expect(result.differences.teams.map((team: { team: string }) => team.team).sort()).toEqual([
			'X',
			'Y'
		]);
		// Each period is written as analyze writes it: teams kept with their figures null, and its own privacy.
		for (const period of [result.a, result.b]) {
			expect(period.teams).toEqual([
				{ team: 'X', ...hidden },
				{ team: 'Y', ...hidden }
			]);
			expect(period.teamMatrix.every((pair: { ties: unknown }) => pair.ties === null)).toBe(true);
			expect(period.privacy.suppressedTeams).toEqual(['X', 'Y']);
			for (const community of period.communities) {
				expect(Object.values(community.teams).every((count) => count === null)).toBe(true);
			}
		}
		for (const community of result.differences.communities) {
			expect(Object.values(community.teams).every((count) => count === null)).toBe(true);
		}
		// Person-level figures are not affected.
		expect(result.differences.ties.gained).toHaveLength(3);
		expect(result.differences.largestChanges.degree[0]).toMatchObject({ change: { degree: -3 } });

		const shown = JSON.parse(
			(await weft('compare', '--min-group-size', '3', ...periods, ...files)).stdout
		);
		expect(shown.privacy.suppressedTeams).toEqual([]);
		expect(shown.differences.teams.find((t: { team: string }) => t.team === 'X')).toMatchObject({
			a: { size: 3, internalTies: 3 },
			change: { externalTies: 2 }
		});
		expect(shown.differences.teams[0].suppressed).toBeUndefined();

		for (const bad of ['0', '2.5', 'five']) {
			expect(await weft('compare', '--min-group-size', bad, ...periods, ...files)).toEqual({
				code: 2,
				stdout: '',
				stderr: `weft: --min-group-size takes a whole number of 1 or more, not "${bad}"\n`
			});
		}
	}, 60_000);

	it('says how to write a period when one is malformed or missing, exit code 2', async () => {
		const bad = await weft(
			'compare',
			'--a',
			'2026-01-05-2026-01-18',
			'--b',
			'2026-01-19..2026-02-01',
			`${FIXTURE}/meetings.csv`
		);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toBe(
			'weft: --a takes a period as FIRST..LAST days, e.g. 2026-01-05..2026-02-01 (LAST not before FIRST), not "2026-01-05-2026-01-18"\n'
		);
		const missing = await weft(
			'compare',
			'--a',
			'2026-01-05..2026-01-18',
			`${FIXTURE}/meetings.csv`
		);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/^weft: compare needs --b: weft compare /);
	});

	it('warns when a period holds no tie, and still writes the comparison', async () => {
		// The fixture's meetings run from 5 January to 1 February: nothing counts in December.
		const { code, stdout, stderr } = await weft(
			'compare',
			'--roster',
			`${FIXTURE}/roster.csv`,
			'--a',
			'2025-12-01..2025-12-28',
			'--b',
			'2026-01-05..2026-01-18',
			`${FIXTURE}/meetings.csv`
		);
		expect(code).toBe(0);
		expect(stderr).toBe(
			'weft: warning: Period A holds no tie: under the current settings no meeting or interaction counts in it, so every tie of B shows as gained.\n'
		);
		const result = JSON.parse(stdout);
		expect(result.a.network.ties).toBe(0);
		expect(result.differences.ties.gained).toHaveLength(8);
	});

	it('warns of a time zone nothing defines, by the name it shows the file under', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'weft-compare-'));
		// Named after a person, as one person's export often is: pseudonyms hide the name in the warning too.
		const file = path.join(folder, 'x1@t.example.ics');
		const event = (uid: string, day: string) =>
			`BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTART;TZID=Head Office:202601${day}T090000\r\nDURATION:PT1H\r\n` +
			`ATTENDEE:mailto:x1@t.example\r\nATTENDEE:mailto:y1@t.example\r\nEND:VEVENT\r\n`;
		writeFileSync(
			file,
			`BEGIN:VCALENDAR\r\n${event('a', '06')}${event('b', '20')}END:VCALENDAR\r\n`
		);
		const periods = ['--a', '2026-01-05..2026-01-18', '--b', '2026-01-19..2026-02-01'];
		const tail =
			'is neither defined in the file (no VTIMEZONE) nor an IANA or Windows zone name, so its times were read as UTC and may be hours off: export the calendar again with its time zones, or correct the TZID';
		const plain = await weft('compare', ...periods, file);
		expect(plain.code).toBe(0);
		expect(plain.stderr).toBe(
			`weft: warning: The time zone "Head Office" in x1@t.example.ics ${tail}\n`
		);
		const hidden = await weft('compare', '--pseudonymise', ...periods, file);
		expect(hidden.code).toBe(0);
		expect(hidden.stderr).toMatch(
			/^weft: warning: The time zone "Head Office" in Person \d+\.ics is neither/
		);
		expect(hidden.stderr).not.toContain('x1@t.example');
	});

	it('names the file, line and problem for bad input, exit code 2', async () => {
		const { code, stderr, stdout } = await weft(
			'compare',
			'--a',
			'2026-01-05..2026-01-18',
			'--b',
			'2026-01-19..2026-02-01',
			'--roster',
			`${FIXTURE}/meetings.csv`,
			`${FIXTURE}/missing.csv`
		);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe(`weft: ${FIXTURE}/missing.csv: no such file\n`);
	});
});
