// d3's many-body force (Barnes-Hut repulsion between everyone) on a quadtree kept in typed arrays and rebuilt in
// place each tick: the same forces as d3.forceManyBody, without allocating an object per node and cell.
import type { SimulationNodeDatum } from 'd3';

export interface ManyBodyForce<Node extends SimulationNodeDatum> {
	(alpha: number): void;
	initialize(nodes: Node[], random: () => number): void;
}

export interface ManyBodyOptions {
	/** Charge of every node: negative repels. */
	strength: number;
	/** Barnes-Hut accuracy: a cell of width w at distance l counts as one body when w / l < theta. */
	theta: number;
	/** Pairs closer than this are treated as this far apart, so forces stay finite. */
	distanceMin: number;
	/** Pairs farther apart than this do not push each other. */
	distanceMax: number;
}

/** Depth at which coincident points stop being split and share a cell. */
const MAX_DEPTH = 48;

export function forceManyBodyFlat<Node extends SimulationNodeDatum>(
	options: ManyBodyOptions
): ManyBodyForce<Node> {
	const { strength, theta, distanceMin, distanceMax } = options;
	const theta2 = theta * theta;
	const distanceMin2 = distanceMin * distanceMin;
	const distanceMax2 = distanceMax * distanceMax;
	let nodes: Node[] = [];
	let random: () => number = Math.random;

	// Cells: four children each (-1: none), or for a leaf the first point of its chain.
	let children = new Int32Array(0);
	let firstPoint = new Int32Array(0);
	let cellCount = new Float64Array(0);
	let cellX = new Float64Array(0);
	let cellY = new Float64Array(0);
	let cellWidth = new Float64Array(0);
	let cells = 0;
	// Per point: the next point in the same leaf (-1: none), and the point's position this tick.
	let nextPoint = new Int32Array(0);
	let px = new Float64Array(0);
	let py = new Float64Array(0);
	let stack = new Int32Array(0);

	function grow(capacity: number): void {
		if (firstPoint.length >= capacity) return;
		const size = Math.max(capacity, firstPoint.length * 2);
		const copy = <T extends Int32Array | Float64Array>(from: T, length: number): T => {
			const to = new (from.constructor as new (n: number) => T)(length);
			to.set(from.subarray(0, Math.min(from.length, length)));
			return to;
		};
		children = copy(children, size * 4);
		firstPoint = copy(firstPoint, size);
		cellCount = copy(cellCount, size);
		cellX = copy(cellX, size);
		cellY = copy(cellY, size);
		cellWidth = copy(cellWidth, size);
	}

	function newCell(width: number): number {
		if (cells >= firstPoint.length) grow(cells + 1);
		const cell = cells++;
		children.fill(-1, cell * 4, cell * 4 + 4);
		firstPoint[cell] = -1;
		cellWidth[cell] = width;
		return cell;
	}

	function build(): void {
		const n = nodes.length;
		let x0 = Infinity;
		let y0 = Infinity;
		let x1 = -Infinity;
		let y1 = -Infinity;
		for (let i = 0; i < n; i++) {
			const x = (px[i] = nodes[i].x ?? 0);
			const y = (py[i] = nodes[i].y ?? 0);
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
		}
		// As d3's quadtree covers its points: from the floored corner, doubling until everything is inside. The
		// cell sizes, and so which cells Barnes-Hut approximates at a given theta, match d3's.
		x0 = Math.floor(x0);
		y0 = Math.floor(y0);
		let size = 1;
		while ((size <= x1 - x0 || size <= y1 - y0) && Number.isFinite(size)) size *= 2;
		cells = 0;
		const root = newCell(size);
		for (let i = 0; i < n; i++) {
			let cell = root;
			let left = x0;
			let top = y0;
			let width = size;
			for (let depth = 0; ; depth++) {
				const half = width / 2;
				if (firstPoint[cell] >= 0) {
					// A leaf: split it, unless its point sits on this one or the cell is too small to tell them apart.
					const other = firstPoint[cell];
					if ((px[other] === px[i] && py[other] === py[i]) || depth >= MAX_DEPTH) {
						nextPoint[i] = firstPoint[cell];
						firstPoint[cell] = i;
						break;
					}
					firstPoint[cell] = -1;
					const east = px[other] >= left + half ? 1 : 0;
					const south = py[other] >= top + half ? 1 : 0;
					const child = newCell(half);
					children[cell * 4 + south * 2 + east] = child;
					firstPoint[child] = other;
				}
				const east = px[i] >= left + half ? 1 : 0;
				const south = py[i] >= top + half ? 1 : 0;
				if (east) left += half;
				if (south) top += half;
				width = half;
				const slot = cell * 4 + south * 2 + east;
				if (children[slot] < 0) {
					const child = newCell(half);
					children[slot] = child;
					firstPoint[child] = i;
					nextPoint[i] = -1;
					break;
				}
				cell = children[slot];
			}
		}
		// Children are always created after their parent, so a backwards pass sums each cell's children first.
		for (let cell = cells - 1; cell >= 0; cell--) {
			let count = 0;
			let sx = 0;
			let sy = 0;
			if (firstPoint[cell] >= 0) {
				for (let p = firstPoint[cell]; p >= 0; p = nextPoint[p]) {
					count++;
					sx += px[p];
					sy += py[p];
				}
			} else {
				for (let k = 0; k < 4; k++) {
					const child = children[cell * 4 + k];
					if (child < 0) continue;
					count += cellCount[child];
					sx += cellX[child] * cellCount[child];
					sy += cellY[child] * cellCount[child];
				}
			}
			cellCount[cell] = count;
			cellX[cell] = count > 0 ? sx / count : 0;
			cellY[cell] = count > 0 ? sy / count : 0;
		}
	}

	function jiggle(): number {
		return (random() - 0.5) * 1e-6;
	}

	function force(alpha: number): void {
		const n = nodes.length;
		if (n === 0) return;
		build();
		const k = strength * alpha;
		for (let i = 0; i < n; i++) {
			const node = nodes[i];
			const nx = px[i];
			const ny = py[i];
			let vx = 0;
			let vy = 0;
			let top = 0;
			stack[top++] = 0;
			while (top > 0) {
				const cell = stack[--top];
				const count = cellCount[cell];
				if (count === 0) continue;
				let x = cellX[cell] - nx;
				let y = cellY[cell] - ny;
				let l = x * x + y * y;
				const width = cellWidth[cell];
				const leaf = firstPoint[cell] >= 0;
				if (!leaf && (width * width) / theta2 < l) {
					// Far enough: the whole cell as one body at its centre.
					if (l < distanceMax2) {
						if (x === 0) {
							x = jiggle();
							l += x * x;
						}
						if (y === 0) {
							y = jiggle();
							l += y * y;
						}
						if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
						const w = (k * count) / l;
						vx += x * w;
						vy += y * w;
					}
					continue;
				}
				if (!leaf) {
					for (let c = 0; c < 4; c++) {
						const child = children[cell * 4 + c];
						if (child >= 0) stack[top++] = child;
					}
					continue;
				}
				for (let p = firstPoint[cell]; p >= 0; p = nextPoint[p]) {
					if (p === i) continue;
					x = px[p] - nx;
					y = py[p] - ny;
					l = x * x + y * y;
					if (l >= distanceMax2) continue;
					if (x === 0) {
						x = jiggle();
						l += x * x;
					}
					if (y === 0) {
						y = jiggle();
						l += y * y;
					}
					if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
					const w = k / l;
					vx += x * w;
					vy += y * w;
				}
			}
			node.vx = (node.vx ?? 0) + vx;
			node.vy = (node.vy ?? 0) + vy;
		}
	}

	force.initialize = (initial: Node[], source: () => number) => {
		nodes = initial;
		random = source;
		const n = nodes.length;
		nextPoint = new Int32Array(n);
		px = new Float64Array(n);
		py = new Float64Array(n);
		stack = new Int32Array(4 * (MAX_DEPTH + 2));
		grow(2 * n + 1);
	};
	return force;
}
