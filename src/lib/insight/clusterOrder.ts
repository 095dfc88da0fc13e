// Orders the teams of the team-by-team matrix so that teams that work with the same teams sit side by side.
import type { TeamMatrixCell } from './types';

// Hand-written: for a dozen-odd rows, average linkage is a few loops, and no maintained JS library fits.

/** A cluster during merging: its leaves in display order and the smallest name, which breaks ties. */
interface Cluster {
	leaves: number[];
	key: string;
}

function euclidean(a: readonly number[], b: readonly number[]): number {
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
	return Math.sqrt(sum);
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The names in the leaf order of an average-linkage (UPGMA) clustering of their rows, by Euclidean
 * distance. The closest pair of clusters merges first, the one with the alphabetically first member on
 * the left; equal distances go to the pair whose first members come first by name, so the order repeats.
 */
export function clusterOrder(
	names: readonly string[],
	rows: readonly (readonly number[])[]
): string[] {
	if (rows.length !== names.length) {
		throw new Error(`clusterOrder: ${names.length} names but ${rows.length} rows`);
	}
	const n = names.length;
	const distance = names.map((_, i) => names.map((_, j) => euclidean(rows[i], rows[j])));
	let clusters: Cluster[] = names
		.map((name, i) => ({ leaves: [i], key: name }))
		.sort((a, b) => byName(a.key, b.key));

	const linkage = (a: Cluster, b: Cluster) => {
		let sum = 0;
		for (const i of a.leaves) for (const j of b.leaves) sum += distance[i][j];
		return sum / (a.leaves.length * b.leaves.length);
	};

	while (clusters.length > 1) {
		// Clusters stay sorted by key, so the first strict minimum found is the tie-break winner.
		let best = { a: 0, b: 1, d: Infinity };
		for (let a = 0; a < clusters.length; a++) {
			for (let b = a + 1; b < clusters.length; b++) {
				const d = linkage(clusters[a], clusters[b]);
				if (d < best.d - 1e-12) best = { a, b, d };
			}
		}
		const left = clusters[best.a];
		const right = clusters[best.b];
		const merged = { leaves: [...left.leaves, ...right.leaves], key: left.key };
		clusters = [...clusters.filter((_, i) => i !== best.a && i !== best.b), merged].sort((x, y) =>
			byName(x.key, y.key)
		);
	}
	return n === 0 ? [] : clusters[0].leaves.map((i) => names[i]);
}

/** The teams of the matrix, ordered by clustering the rows of their weight shares. */
export function clusterTeams(cells: readonly TeamMatrixCell[]): string[] {
	const teams = [...new Set(cells.flatMap((cell) => [cell.from, cell.to]))].sort(byName);
	const index = new Map(teams.map((team, i) => [team, i]));
	const rows = teams.map(() => teams.map(() => 0));
	for (const cell of cells)
		rows[index.get(cell.from) as number][index.get(cell.to) as number] = cell.share;
	return clusterOrder(teams, rows);
}
