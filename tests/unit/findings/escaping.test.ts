// Names from the data reach the report and its charts only as text: markup in a name is escaped, never run.
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../src/lib/findings/charts';
import { escapeHtml } from '../../../src/lib/findings/escape';

const HOSTILE = '<img src=x onerror="alert(1)">&\'';

describe('escaping', () => {
	it('escapes markup characters and drops control characters', () => {
		expect(escapeHtml(`${HOSTILE}\u0007`)).toBe(
			'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;'
		);
	});

	it('writes names in every kind of chart as text', () => {
		const charts = [
			chartSvg({
				kind: 'bars',
				caption: HOSTILE,
				domain: [0, 1],
				items: [{ label: HOSTILE, value: 0.5, display: HOSTILE, colour: '#000', emphasis: true }]
			}),
			chartSvg({
				kind: 'stacked',
				caption: 'c',
				legend: [{ label: HOSTILE, colour: '#000' }],
				rows: [
					{ label: HOSTILE, display: '1', segments: [{ label: HOSTILE, value: 1, colour: '#000' }] }
				]
			}),
			chartSvg({
				kind: 'teamNetwork',
				caption: 'c',
				teams: [
					{ team: HOSTILE, size: 3, colour: '#000', emphasis: false },
					{ team: 'b', size: 3, colour: '#000', emphasis: true }
				],
				links: [{ a: HOSTILE, b: 'b', weight: 2 }]
			}),
			chartSvg({
				kind: 'bridges',
				caption: 'c',
				rows: [
					{
						teams: [HOSTILE, 'b'],
						colours: ['#000', '#111'],
						person: HOSTILE,
						personColour: '#222',
						share: 0.6,
						weight: 3
					}
				]
			})
		];
		for (const svg of charts) {
			expect(svg).not.toContain('<img');
			expect(svg).toContain('&lt;img');
		}
	});
});
