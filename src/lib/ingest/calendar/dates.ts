// Reads the dates and times of calendar CSV exports, which are written in the exporting computer's locale.
import { DateOrderNeeded, InputError } from '../errors';

/** Whether `3/4/2026` is the 4th of March (mdy, US) or the 3rd of April (dmy, UK and most of the world). */
export type DateOrder = 'mdy' | 'dmy';

/**
 * A date split into its numbers. `order` says which of `first` and `second` is the month: null for
 * `3/4/2026`, whose order depends on the locale; fixed for forms every locale writes one way.
 */
export interface DateParts {
	year: number;
	first: number;
	second: number;
	order: DateOrder | null;
}

export interface DateText {
	text: string;
	/** The header name of the column the date is in, for messages. */
	column: string;
	line: number;
}

export const DAY_MS = 86_400_000;

/** Year first is always year-month-day (ISO, and the slashes of East Asian locales), i.e. month before day. */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
/** Dotted dates (German, Russian, ...) are always day first. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const LOCAL = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;

export function splitDate(text: string): DateParts | null {
	let match = YEAR_FIRST.exec(text);
	if (match) return { year: +match[1], first: +match[2], second: +match[3], order: 'mdy' };
	match = DOTTED.exec(text);
	if (match) return { year: +match[3], first: +match[1], second: +match[2], order: 'dmy' };
	match = LOCAL.exec(text);
	if (match) return { year: +match[3], first: +match[1], second: +match[2], order: null };
	return null;
}

function orderName(order: DateOrder): string {
	return order === 'mdy' ? 'month-first' : 'day-first';
}

/**
 * The order the file's locale writes dates in, decided by any date whose first number (⇒ dmy) or
 * second number (⇒ mdy) is above 12. Dates that do not parse are left for the caller to report.
 */
export function detectDateOrder(fileName: string, dates: Iterable<DateText>): DateOrder {
	let decided: (DateText & { order: DateOrder }) | undefined;
	let ambiguous = false;
	for (const date of dates) {
		const parts = splitDate(date.text);
		if (!parts || parts.order) continue;
		const firstIsDay = parts.first > 12;
		const secondIsDay = parts.second > 12;
		// Both above 12 is no date in either order, which reading the date reports with its line.
		if (firstIsDay && secondIsDay) continue;
		if (!firstIsDay && !secondIsDay) {
			ambiguous = true;
			continue;
		}
		const order = firstIsDay ? 'dmy' : 'mdy';
		if (!decided) decided = { ...date, order };
		else if (decided.order !== order) {
			throw new InputError(
				fileName,
				`the ${date.column} "${date.text}" is ${orderName(order)}, but "${decided.text}" on line ${decided.line} is ${orderName(decided.order)}; a file must write all dates in one order`,
				date.line
			);
		}
	}
	if (decided) return decided.order;
	if (ambiguous) {
		throw new DateOrderNeeded(
			fileName,
			'dates like 03/04/2026 could be month-first or day-first; choose the date order (--date-order mdy or dmy)'
		);
	}
	// No date here depends on the order.
	return 'mdy';
}

/** UTC epoch ms of the date's midnight, or null when it is no real date read in `order`. */
export function dateMs(parts: DateParts, order: DateOrder): number | null {
	const monthFirst = (parts.order ?? order) === 'mdy';
	const month = monthFirst ? parts.first : parts.second;
	const day = monthFirst ? parts.second : parts.first;
	const ms = Date.UTC(parts.year, month - 1, day);
	const date = new Date(ms);
	return month >= 1 && month <= 12 && date.getUTCDate() === day ? ms : null;
}

/** Outlook writes `9:00:00 AM` in 12-hour locales and `09:00:00` in 24-hour ones; people write `14:30`. */
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?$/i;

/** Milliseconds since midnight, or null when the text is no time of day. */
export function timeMs(text: string): number | null {
	const match = TIME.exec(text);
	if (!match) return null;
	let hours = +match[1];
	const minutes = +match[2];
	const seconds = match[3] === undefined ? 0 : +match[3];
	if (match[4]) {
		if (hours < 1 || hours > 12) return null;
		hours = (hours % 12) + (match[4].toLowerCase() === 'p' ? 12 : 0);
	}
	if (hours > 23 || minutes > 59 || seconds > 59) return null;
	return ((hours * 60 + minutes) * 60 + seconds) * 1000;
}
