// Findings under a minimum group size: people outside the organisation (External) are a team too, withheld when small.
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import { buildFindings } from '../../../src/lib/findings/buildFindings';
import type { StackedChart } from '../../../src/lib/findings/types';
import type { Person, Tie } from '../../../src/lib/graph/types';

const member = (id: string, team: string): Person => ({ id, name: id, team, attributes: {} });
const tie = (source: string, target: string): Tie => ({
	source,
	target,
	weight: 1,
	interactions: 1,
	minutes: 0
});
const ring = (prefix: string) =>
	Array.from({ length: 6 }, (_, i) =>
		tie(...([`${prefix}${i}`, `${prefix}${(i + 1) % 6}`].sort() as [string, string]))
	);

/** Teams A and B (six each, one tie between them) and two people of External, reached through a1 only. */
const network = {
	people: [
		...Array.from({ length: 6 }, (_, i) => member(`a${i}`, 'A')),
		...Array.from({ length: 6 }, (_, i) => member(`b${i}`, 'B')),
		member('e0', 'External'),
		member('e1', 'External')
	],
	ties: [...ring('a'), ...ring('b'), tie('a0', 'b0'), tie('a1', 'e0'), tie('e0', 'e1')]
};

describe('findings under a minimum group size', () => {
	it('leaves a small External out of the fragile bridges and folds it into "Smaller teams"', async () => {
		const analysis = await analyzeNetwork(network);
		// Both pairs rest on one tie: A-B and A-External are fragile bridges.
		expect(analysis.fragileBridges.map((bridge) => bridge.teams.join('-')).sort()).toEqual([
			'A-B',
			'A-External'
		]);
		const findings = buildFindings(analysis, { minGroupSize: 5 }).sections.flatMap(
			(section) => section.findings
		);
		const bridges = findings.find((finding) => finding.id === 'bridges');
		expect(bridges?.figures[0]).toEqual({ label: 'Fragile bridges', value: '1' });
		expect(bridges?.text.join(' ')).not.toContain('External');
		const chart = findings.find((finding) => finding.id === 'cross-team-communities')
			?.chart as StackedChart;
		const labels = chart.rows.flatMap((row) => row.segments.map((segment) => segment.label));
		expect(labels).toContain('Smaller teams');
		expect(labels).not.toContain('External');
		// At 2, External is shown.
		const shown = buildFindings(analysis, { minGroupSize: 2 }).sections.flatMap((s) => s.findings);
		expect(shown.find((finding) => finding.id === 'bridges')?.figures[0].value).toBe('2');
	});
});
