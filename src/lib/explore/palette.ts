// The one categorical palette of the app (teams, communities, roles) and the rule for more categories than it holds.

/**
 * Okabe & Ito's colour-universal palette (Wong, Nature Methods 8:441, 2011), its black left out: black is the
 * outline and text colour, and vanishes on the dark theme. Its seven hues stay apart for people with protanopia,
 * deuteranopia and tritanopia, which Tableau 10 (two greens, a red beside an orange) does not. Past seven, no
 * palette stays apart for everyone on small dots, so the smaller categories share OTHER_COLOUR instead of reusing hues.
 * Ordered so the largest categories get the hues that stand apart most on a light and a dark background.
 */
export const CATEGORY_COLOURS: readonly string[] = [
	'#0072b2', // blue
	'#e69f00', // orange
	'#009e73', // bluish green
	'#cc79a7', // reddish purple
	'#56b4e9', // sky blue
	'#d55e00', // vermillion
	'#f0e442' // yellow
];

/** The categories past the palette: a neutral grey, lighter than any hue above is dark. */
export const OTHER_COLOUR = '#a7adb5';

export interface CategoryColours<K> {
	colourOf: (category: K) => string;
	/** Categories with a colour of their own, largest first (the order of the palette). */
	distinct: K[];
	/** Categories sharing OTHER_COLOUR, in the order given. */
	others: K[];
}

/**
 * Colours for categories of the given sizes: the largest get the palette's hues in turn (ties in the order given),
 * the rest OTHER_COLOUR. The same sizes always give the same colours; a category not given is OTHER_COLOUR too.
 */
export function categoryColours<K>(
	sizes: Iterable<readonly [K, number]>,
	palette: readonly string[] = CATEGORY_COLOURS
): CategoryColours<K> {
	const given = [...sizes];
	const ranked = given
		.map(([category, size], at) => ({ category, size, at }))
		.sort((a, b) => b.size - a.size || a.at - b.at);
	const distinct = ranked.slice(0, palette.length).map((entry) => entry.category);
	const colour = new Map(distinct.map((category, i) => [category, palette[i]]));
	return {
		colourOf: (category) => colour.get(category) ?? OTHER_COLOUR,
		distinct,
		others: given.map(([category]) => category).filter((category) => !colour.has(category))
	};
}
