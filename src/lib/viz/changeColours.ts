// Colours of the Change view, from Okabe and Ito's colour-blind-safe palette: blue and vermillion stay apart for all.
import { CATEGORY_COLOURS } from '../explore/palette';

export const CHANGE_COLOURS = {
	/** Period A, and ties lost (they were in A only). */
	a: CATEGORY_COLOURS[0],
	/** Period B, and ties gained (they are in B only). */
	b: CATEGORY_COLOURS[5],
	lost: CATEGORY_COLOURS[0],
	gained: CATEGORY_COLOURS[5]
} as const;

/** The colour of each tie gained or lost in a comparison, for the network picture; null for the others. */
export function changeTieColourOf(ties: {
	gained: readonly { source: string; target: string }[];
	lost: readonly { source: string; target: string }[];
}): (source: string, target: string) => string | null {
	const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
	const colour = new Map<string, string>();
	for (const tie of ties.gained) colour.set(key(tie.source, tie.target), CHANGE_COLOURS.gained);
	for (const tie of ties.lost) colour.set(key(tie.source, tie.target), CHANGE_COLOURS.lost);
	return (source, target) => colour.get(key(source, target)) ?? null;
}
