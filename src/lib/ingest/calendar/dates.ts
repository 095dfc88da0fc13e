// SQL that reads the dates and times of calendar CSV exports, which are written in the exporting computer's locale.
import { DateOrderNeeded, InputError } from '../errors';

/** Whether `3/4/2026` is the 4th of March (mdy, US) or the 3rd of April (dmy, UK and most of the world). */
export type DateOrder = 'mdy' | 'dmy';

/** One kind of date a file holds, where it first appears: `order` null for dates like 3/4/2026 that fit either order. */
export interface DateEvidence {
	order: DateOrder | null;
	text: string;
	/** The header name of the column the date is in, for messages. */
	column: string;
	line: number;
}

export const DAY_MS = 86_400_000;

/** Year first is always year-month-day (ISO, and the slashes of East Asian locales), i.e. month before day. */
const YEAR_FIRST = `'^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$'`;
/** Dotted dates (German, Russian, ...) are always day first. */
const DOTTED = `'^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$'`;
const LOCAL = `'^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})$'`;

function numberSql(text: string, pattern: string, group: number): string {
	return `CAST(regexp_extract(${text}, ${pattern}, ${group}) AS INTEGER)`;
}

/** UTC epoch ms of a day's midnight, NULL for no real day (the 30th of February). */
function dayMsSql(year: string, month: string, day: string): string {
	return `epoch_ms(CAST(try_cast(printf('%04d-%02d-%02d', ${year}, ${month}, ${day}) AS DATE) AS TIMESTAMP))`;
}

/** SQL true for text in one of the date forms read (the order aside). */
export function isDateSql(text: string): string {
	return [YEAR_FIRST, DOTTED, LOCAL]
		.map((form) => `regexp_full_match(${text}, ${form})`)
		.join(' OR ');
}

/** SQL true for a date whose order depends on the locale, like 3/4/2026. */
export function isLocalDateSql(text: string): string {
	return `regexp_full_match(${text}, ${LOCAL})`;
}

/** UTC epoch ms of the date's midnight, NULL when it is no date, or no real date read in `order`. */
export function dateMsSql(text: string, order: DateOrder): string {
	const [month, day] = order === 'mdy' ? [1, 2] : [2, 1];
	return `CASE WHEN regexp_full_match(${text}, ${YEAR_FIRST})
			THEN ${dayMsSql(numberSql(text, YEAR_FIRST, 1), numberSql(text, YEAR_FIRST, 2), numberSql(text, YEAR_FIRST, 3))}
		WHEN regexp_full_match(${text}, ${DOTTED})
			THEN ${dayMsSql(numberSql(text, DOTTED, 3), numberSql(text, DOTTED, 2), numberSql(text, DOTTED, 1))}
		WHEN ${isLocalDateSql(text)}
			THEN ${dayMsSql(numberSql(text, LOCAL, 3), numberSql(text, LOCAL, month), numberSql(text, LOCAL, day))} END`;
}

/**
 * The order a date like 3/4/2026 shows: 'dmy' when its first number is above 12, 'mdy' when its second is, NULL
 * for either (both at most 12) and for neither (both above 12: no date in either order, which reading it reports).
 */
export function dateOrderShownSql(text: string): string {
	const first = numberSql(text, LOCAL, 1);
	const second = numberSql(text, LOCAL, 2);
	return `CASE WHEN NOT ${isLocalDateSql(text)} THEN NULL
		WHEN ${first} > 12 AND ${second} <= 12 THEN 'dmy' WHEN ${second} > 12 AND ${first} <= 12 THEN 'mdy'
		WHEN ${first} <= 12 AND ${second} <= 12 THEN 'either' END`;
}

function orderName(order: DateOrder): string {
	return order === 'mdy' ? 'month-first' : 'day-first';
}

/**
 * The order the file's locale writes dates in, decided by the first date that shows it, given the first date of each
 * kind in file order. Dates that do not parse are left for the caller to report.
 */
export function decideDateOrder(fileName: string, firsts: readonly DateEvidence[]): DateOrder {
	const [decided, contradiction] = firsts.filter((date) => date.order !== null);
	if (contradiction) {
		throw new InputError(
			fileName,
			`the ${contradiction.column} "${contradiction.text}" is ${orderName(contradiction.order as DateOrder)}, but "${decided.text}" on line ${decided.line} is ${orderName(decided.order as DateOrder)}; a file must write all dates in one order`,
			contradiction.line
		);
	}
	if (decided) return decided.order as DateOrder;
	const [example] = firsts;
	if (example) {
		throw new DateOrderNeeded(
			fileName,
			`its dates, such as the ${example.column} "${example.text}" on line ${example.line}, could be month-first or day-first; choose the date order`
		);
	}
	// No date here depends on the order.
	return 'mdy';
}

/** Outlook writes `9:00:00 AM` in 12-hour locales and `09:00:00` in 24-hour ones; people write `14:30`. */
const TIME = `'^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?\\s*m\\.?)?$'`;

/** Milliseconds since midnight (0 for empty text, as for a date without a time), NULL when the text is no time of day. */
export function timeMsSql(text: string): string {
	const part = (group: number) => `regexp_extract(${text}, ${TIME}, ${group}, 'i')`;
	const hours = `CAST(${part(1)} AS INTEGER)`;
	const minutes = `CAST(${part(2)} AS INTEGER)`;
	const seconds = `coalesce(CAST(nullif(${part(3)}, '') AS INTEGER), 0)`;
	const half = `lower(${part(4)})`;
	const clock = `CASE WHEN ${half} = '' THEN ${hours} ELSE ${hours} % 12 + CASE WHEN ${half} = 'p' THEN 12 ELSE 0 END END`;
	return `CASE WHEN ${text} = '' THEN 0 WHEN regexp_full_match(${text}, ${TIME}, 'i') THEN (
		CASE WHEN (${half} = '' OR ${hours} BETWEEN 1 AND 12) AND ${clock} <= 23 AND ${minutes} <= 59 AND ${seconds} <= 59
			THEN ((${clock} * 60 + ${minutes}) * 60 + ${seconds}) * 1000 END) END`;
}
