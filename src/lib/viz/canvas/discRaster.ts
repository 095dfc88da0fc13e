// Antialiased discs written straight into pixels, for frames drawn while the view moves: software canvas spends
// ~14 ms filling 5,000 small circles as paths, this ~1.5 ms (measured in headless Chromium on a 2-core machine).

/** A colour as the 32-bit pixel of a little-endian RGBA buffer, 0xAABBGGRR, as a signed integer (kept small
 * enough for the engine's fast integers). */
export function packColour(r: number, g: number, b: number, a = 255): number {
	return (a << 24) | (b << 16) | (g << 8) | r;
}

export class DiscRaster {
	width = 0;
	height = 0;
	/** Non-premultiplied RGBA, as ImageData holds it, a pixel per (signed) integer. */
	pixels: Int32Array = new Int32Array(0);
	#bytes = new Uint8ClampedArray(0);
	#image: ImageData | null = null;

	/** Resizes when needed and clears to transparent. */
	reset(width: number, height: number): void {
		if (width !== this.width || height !== this.height) {
			this.width = width;
			this.height = height;
			this.#bytes = new Uint8ClampedArray(width * height * 4);
			this.pixels = new Int32Array(this.#bytes.buffer);
			this.#image = null;
		} else this.pixels.fill(0);
	}

	/** The pixels as ImageData, sharing this raster's memory. */
	imageData(): ImageData {
		this.#image ??= new ImageData(this.#bytes, this.width, this.height);
		return this.#image;
	}

	/**
	 * A disc centred on (cx, cy) of radius r, in pixels, of a packed opaque colour at opacity `alpha`, drawn over what
	 * is there, antialiased at the rim.
	 */
	disc(cx: number, cy: number, r: number, colour: number, alpha = 1): void {
		drawDisc(this.pixels, this.width, this.height, cx, cy, r, colour, alpha);
	}
}

function drawDisc(
	pixels: Int32Array,
	width: number,
	height: number,
	cx: number,
	cy: number,
	r: number,
	colour: number,
	alpha: number
): void {
	const outer = r + 0.5;
	const outer2 = outer * outer;
	// Coverage falls from 1 at r - 0.5 to 0 at r + 0.5 from the centre, taken linear in the squared distance
	// (which differs from linear in the distance by under 2% for r >= 1) so that no pixel needs a square root.
	const perSquare = 1 / (2 * Math.max(r, 0.5));
	const rgb = colour & 0xffffff;
	const red = colour & 255;
	const green = (colour >> 8) & 255;
	const blue = (colour >> 16) & 255;
	const y0 = Math.max(0, Math.floor(cy - outer));
	const y1 = Math.min(height - 1, Math.floor(cy + outer));
	for (let py = y0; py <= y1; py++) {
		const dy = py + 0.5 - cy;
		const rest = outer2 - dy * dy;
		if (rest <= 0) continue;
		const half = Math.sqrt(rest);
		const xa = Math.max(0, Math.floor(cx - half));
		const xb = Math.min(width - 1, Math.floor(cx + half));
		const row = py * width;
		let dx = xa + 0.5 - cx;
		for (let px = xa; px <= xb; px++, dx++) {
			const coverage = (rest - dx * dx) * perSquare;
			if (coverage <= 0) continue;
			const a = coverage < 1 ? coverage * alpha : alpha;
			const i = row + px;
			if (a >= 1) {
				pixels[i] = colour;
				continue;
			}
			const under = pixels[i];
			if (under === 0) {
				pixels[i] = ((a * 255 + 0.5) << 24) | rgb;
				continue;
			}
			if (under >>> 24 === 255) {
				// Over an opaque pixel (most overlaps): a plain mix.
				const b = (under >> 16) & 255;
				const g = (under >> 8) & 255;
				const r = under & 255;
				pixels[i] =
					-16777216 |
					((b + (blue - b) * a + 0.5) << 16) |
					((g + (green - g) * a + 0.5) << 8) |
					(r + (red - r) * a + 0.5);
				continue;
			}
			// Source-over onto a partly transparent pixel, both non-premultiplied.
			const keep = ((under >>> 24) / 255) * (1 - a);
			const total = a + keep;
			const scale = 1 / total;
			pixels[i] =
				((total * 255 + 0.5) << 24) |
				(((blue * a + ((under >> 16) & 255) * keep) * scale + 0.5) << 16) |
				(((green * a + ((under >> 8) & 255) * keep) * scale + 0.5) << 8) |
				((red * a + (under & 255) * keep) * scale + 0.5);
		}
	}
}
