// How figures are written on screen: few digits, aligned, and a dash where a figure does not apply.

export function formatFigure(value: number | null | undefined, digits = 3): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '–';
	// A zero computed from negative terms (-0, or -1e-17 at three digits) is written as zero, without a sign.
	return figureText(value, digits).replace(/^-(?=0(\.0+)?$)/, '');
}

function figureText(value: number, digits: number): string {
	if (Number.isInteger(value)) return value.toLocaleString('en-GB');
	if (Math.abs(value) >= 100) return value.toLocaleString('en-GB', { maximumFractionDigits: 0 });
	if (Math.abs(value) >= 10) return value.toFixed(1);
	return value.toFixed(digits);
}

export function formatShare(value: number): string {
	// A share that rounds to 0% or 100% without being so says one decimal more, so "all" is never claimed wrongly.
	const rounded = Math.round(value * 100);
	if ((rounded === 100 && value < 1) || (rounded === 0 && value > 0))
		return `${(value * 100).toFixed(1)}%`;
	return `${rounded}%`;
}

/** The noun for a count, singular for exactly one: "tie" for 1, "ties" for 3, "people" for 2. */
export function nounOf(n: number, one: string, many = `${one}s`): string {
	return n === 1 ? one : many;
}

/** A count with its noun: "1 tie", "3 ties", "1 person" but "2 people". */
export function countOf(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en-GB')} ${nounOf(n, one, many)}`;
}

const DAY_AND_MONTH = { day: 'numeric', month: 'short', timeZone: 'UTC' } as const;

/** Two UTC days as "5 Jan – 30 Mar 2026", or "1 Dec 2025 – 26 Jan 2026" across a new year. */
export function dayRangeText(from: number, to: number): string {
	const sameYear = new Date(from).getUTCFullYear() === new Date(to).getUTCFullYear();
	const withYear = { ...DAY_AND_MONTH, year: 'numeric' } as const;
	const first = new Date(from).toLocaleDateString('en-GB', sameYear ? DAY_AND_MONTH : withYear);
	return `${first} – ${new Date(to).toLocaleDateString('en-GB', withYear)}`;
}
