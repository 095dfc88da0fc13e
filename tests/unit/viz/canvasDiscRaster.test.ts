// People written as pixels while the view moves: solid inside, antialiased at the rim, blended over what is there.
import { describe, expect, it } from 'vitest';
import { DiscRaster, packColour } from '../../../src/lib/viz/canvas/discRaster';

const channels = (pixel: number) => [
	pixel & 255,
	(pixel >> 8) & 255,
	(pixel >> 16) & 255,
	(pixel >>> 24) & 255
];

describe('DiscRaster', () => {
	it('fills the inside solid, leaves the outside clear and shades the rim in between', () => {
		const raster = new DiscRaster();
		raster.reset(20, 20);
		const blue = packColour(10, 20, 200);
		raster.disc(10, 10, 5, blue);
		const at = (x: number, y: number) => raster.pixels[y * 20 + x];
		expect(at(10, 10)).toBe(blue);
		expect(at(7, 10)).toBe(blue);
		expect(at(0, 0)).toBe(0);
		expect(at(16, 10)).toBe(0);
		// (14.5, 10.5) lies 4.53 from the centre: partly covered, in the disc's colour.
		const [r, g, b, a] = channels(at(14, 10));
		expect([r, g, b]).toEqual([10, 20, 200]);
		expect(a).toBeGreaterThan(0);
		expect(a).toBeLessThan(255);
	});

	it('covers about the area of the disc', () => {
		const raster = new DiscRaster();
		raster.reset(40, 40);
		raster.disc(20.3, 19.6, 8, packColour(255, 0, 0));
		let covered = 0;
		for (const pixel of raster.pixels) covered += ((pixel >>> 24) & 255) / 255;
		expect(covered).toBeCloseTo(Math.PI * 64, -1);
	});

	it('blends a faint disc over an opaque one', () => {
		const raster = new DiscRaster();
		raster.reset(10, 10);
		raster.disc(5, 5, 4, packColour(0, 0, 0));
		raster.disc(5, 5, 2, packColour(200, 100, 0), 0.5);
		expect(channels(raster.pixels[5 * 10 + 5])).toEqual([100, 50, 0, 255]);
	});

	it('keeps a faint disc on clear pixels translucent', () => {
		const raster = new DiscRaster();
		raster.reset(10, 10);
		raster.disc(5, 5, 3, packColour(0, 128, 0), 0.25);
		expect(channels(raster.pixels[5 * 10 + 5])).toEqual([0, 128, 0, 64]);
	});

	it('clips discs at the edges and clears on reset', () => {
		const raster = new DiscRaster();
		raster.reset(10, 10);
		raster.disc(0, 0, 4, packColour(1, 2, 3));
		raster.disc(12, 5, 4, packColour(1, 2, 3));
		expect(raster.pixels[0]).toBe(packColour(1, 2, 3));
		raster.reset(10, 10);
		expect(raster.pixels.every((pixel) => pixel === 0)).toBe(true);
	});
});
