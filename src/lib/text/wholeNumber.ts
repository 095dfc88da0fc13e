// Whole numbers typed as text, in a box or on the command line, and the rule said when one is not.

/** The number the text is, when it is a whole number of `smallest` or more (spaces around allowed); else null. */
export function wholeNumberOf(text: string, smallest: number): number | null {
	if (!/^\s*\d+\s*$/.test(text)) return null;
	const value = Number(text);
	return Number.isSafeInteger(value) && value >= smallest ? value : null;
}

/** What wholeNumberOf takes, as an error or a box says it. */
export function wholeNumberRule(smallest: number): string {
	return `a whole number of ${smallest} or more`;
}
