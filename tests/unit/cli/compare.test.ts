// `weft compare` as users run it: two periods of the hand-made calendar in tests/fixtures/change, and bad command lines.
import { weft } from './runWeft';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/change';

describe('weft compare', () => {
	it('writes both periods and what changed between them', async () => {
		const { code, stdout, stderr } = await weft(
			'compare',
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
