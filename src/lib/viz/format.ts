// How figures are written on screen: few digits, aligned, and a dash where a figure does not apply.

export function formatFigure(value: number | null | undefined, digits = 3): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '–';
	if (Number.isInteger(value)) return value.toLocaleString('en-GB');
	if (Math.abs(value) >= 100) return value.toLocaleString('en-GB', { maximumFractionDigits: 0 });
	if (Math.abs(value) >= 10) return value.toFixed(1);
	return value.toFixed(digits);
}

export function formatShare(value: number): string {
	return `${Math.round(value * 100)}%`;
}
