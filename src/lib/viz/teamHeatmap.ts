// What the team heatmap colours by, how it writes each value, and a cell lookup by ordered pair of teams.
import type { TeamMatrixCell } from '../insight/types';
import { formatFigure, formatShare } from '../text/format';

export type HeatmapMeasure = 'share' | 'ties' | 'weight';

export const HEATMAP_MEASURES: { id: HeatmapMeasure; label: string; legend: string }[] = [
	{ id: 'share', label: 'Share', legend: "Share of the row team's tie weight" },
	{ id: 'ties', label: 'Ties', legend: 'Ties between the two teams' },
	{ id: 'weight', label: 'Weight', legend: 'Tie weight between the two teams' }
];

export function heatmapValue(cell: TeamMatrixCell, measure: HeatmapMeasure): number {
	return cell[measure];
}

/** The value as written in a cell and on the legend: shares as whole per cents, weights rounded. */
export function formatHeatmapValue(value: number, measure: HeatmapMeasure): string {
	if (measure === 'share') return value > 0 && value < 0.005 ? '<1%' : formatShare(value);
	if (measure === 'weight')
		return formatFigure(value < 10 ? Math.round(value * 10) / 10 : Math.round(value));
	return formatFigure(Math.round(value));
}

/** A share with a decimal below 10%, so the figure on hover is never a bare 0%. */
export function formatShareDetail(share: number): string {
	if (share > 0 && share < 0.1) return `${(share * 100).toFixed(1)}%`;
	return formatShare(share);
}

/** Cells keyed by `from` then `to`, so the grid can read any pair; a pair the matrix lacks reads as null. */
export function cellLookup(
	cells: readonly TeamMatrixCell[]
): (from: string, to: string) => TeamMatrixCell | null {
	const byPair = new Map<string, Map<string, TeamMatrixCell>>();
	for (const cell of cells) {
		if (!byPair.has(cell.from)) byPair.set(cell.from, new Map());
		byPair.get(cell.from)?.set(cell.to, cell);
	}
	return (from, to) => byPair.get(from)?.get(to) ?? null;
}

/** More teams than this make cells too small to read and the grid slow to draw. */
export const HEATMAP_MAX_TEAMS = 50;

/**
 * The cells among the `limit` teams with the most tie weight (inside and across), so a large organisation's
 * heatmap stays readable; each row's share stays relative to all of that team's weight.
 */
export function busiestTeams(
	cells: readonly TeamMatrixCell[],
	limit = HEATMAP_MAX_TEAMS
): { cells: TeamMatrixCell[]; shown: number; total: number } {
	const weight = new Map<string, number>();
	for (const cell of cells) weight.set(cell.from, (weight.get(cell.from) ?? 0) + cell.weight);
	if (weight.size <= limit) return { cells: [...cells], shown: weight.size, total: weight.size };
	const kept = new Set(
		[...weight]
			.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
			.slice(0, limit)
			.map(([team]) => team)
	);
	return {
		cells: cells.filter((cell) => kept.has(cell.from) && kept.has(cell.to)),
		shown: limit,
		total: weight.size
	};
}
