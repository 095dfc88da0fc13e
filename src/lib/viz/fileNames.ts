// File names fitted to a narrow rail: paths that may break after each "/", and endings short enough that still tell files apart.

/**
 * A path in pieces, each but the last ending in "/", so a line can break after a folder rather than inside a name; a
 * shortened path's leading "…/" stays with what follows it.
 */
export function pathPieces(name: string): string[] {
	return name.split(/(?<=[^…]\/)/);
}

/**
 * Each name cut to its fewest trailing path parts that no other name ends with ("…/grace@acme.com.ics"), so that two
 * members of one zip do not both read "takeout.zip/Take…"; a name no shorter ending tells apart stays whole.
 */
export function distinctEndings(names: readonly string[]): string[] {
	const parts = names.map((name) => name.split('/'));
	const depth = Math.max(0, ...parts.map((p) => p.length));
	const ending = (p: string[], keep: number) => p.slice(-keep).join('/');
	const shown: (string | null)[] = names.map((name, i) => (parts[i].length === 1 ? name : null));
	for (let keep = 1; keep < depth && shown.includes(null); keep++) {
		const uses = new Map<string, number>();
		for (const p of parts) uses.set(ending(p, keep), (uses.get(ending(p, keep)) ?? 0) + 1);
		parts.forEach((p, i) => {
			if (shown[i] === null && keep < p.length && uses.get(ending(p, keep)) === 1)
				shown[i] = `…/${ending(p, keep)}`;
		});
	}
	return shown.map((name, i) => name ?? names[i]);
}
