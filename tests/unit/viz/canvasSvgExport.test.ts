// The SVG export: one circle per person in view, ties as paths, labels escaped, rings that are not circles.
import { describe, expect, it } from 'vitest';
import { buildScene, HIDDEN, SHOWN } from '../../../src/lib/viz/canvas/scene';
import { networkSvg } from '../../../src/lib/viz/canvas/svgExport';
import { LIGHT_THEME } from '../../../src/lib/viz/canvas/theme';

const people = ['Ann & Bo', 'Cy <3', 'Di', 'Ed'].map((name, i) => ({ id: `p${i}`, name }));
const ties = [
	{ source: 'p0', target: 'p1', weight: 2 },
	{ source: 'p1', target: 'p2', weight: 1 },
	{ source: 'p2', target: 'p3', weight: 1 }
];
const view = { x: 0, y: 0, k: 1, width: 200, height: 100, radiusScale: 1 };

function svgOf(visibility: Uint8Array | null, screen: number[]) {
	const scene = buildScene({
		people,
		ties,
		colorOf: () => '#4e79a7',
		radiusOf: () => 4,
		visibility,
		minTieWeight: 0
	});
	return networkSvg(scene, view, {
		theme: LIGHT_THEME,
		screen: Float32Array.from(screen),
		focus: -1,
		selected: 0,
		highlighted: [1],
		pinned: [2],
		labels: [
			{ person: 0, x: 14, y: 20 },
			{ person: 1, x: 64, y: 20 }
		]
	});
}

describe('networkSvg', () => {
	it('holds one circle per shown person in view, and none for the hidden or off-screen', () => {
		const svg = svgOf(
			Uint8Array.from([SHOWN, SHOWN, HIDDEN, SHOWN]),
			[10, 20, 60, 20, 110, 20, 500, 20]
		);
		expect(svg.match(/<circle /g)?.length).toBe(2);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"')).toBe(
			true
		);
	});

	it('draws ties as paths and the view background first', () => {
		const svg = svgOf(null, [10, 20, 60, 20, 110, 20, 160, 20]);
		expect(svg.match(/<circle /g)?.length).toBe(4);
		expect(svg).toContain(`<rect width="100%" height="100%" fill="${LIGHT_THEME.background}"/>`);
		expect(svg).toMatch(/d="M10 20L60 20"/);
	});

	it('escapes names in labels', () => {
		const svg = svgOf(null, [10, 20, 60, 20, 110, 20, 160, 20]);
		expect(svg).toContain('>Ann &amp; Bo</text>');
		expect(svg).toContain('>Cy &lt;3</text>');
	});

	it('marks the selection, search matches and pins without adding circles', () => {
		const svg = svgOf(null, [10, 20, 60, 20, 110, 20, 160, 20]);
		expect(svg).toContain(`stroke="${LIGHT_THEME.selectedRing}"`);
		expect(svg).toContain(`stroke="${LIGHT_THEME.highlightRing}"`);
		expect(svg.match(/class="pin"/g)?.length).toBe(1);
		expect(svg).toContain(`fill="${LIGHT_THEME.pin}"`);
	});
});
