// Turns the command line's window, size-cap and calendar options into network settings, rejecting bad values.
import { DEFAULT_SETTINGS, type NetworkSettings } from '../lib/graph/settings';
import { dayAfter, dayStart } from '../lib/graph/windowDays';
import type { DateOrder } from '../lib/ingest/importFiles';
import { DEFAULT_MIN_GROUP_SIZE, isMinGroupSize } from '../lib/privacy/minGroupSize';
import { UsageError } from './errors';

function parseDay(option: string, text: string | undefined): number | null {
	if (text === undefined) return null;
	const time = dayStart(text);
	if (time === null) throw new UsageError(`--${option} takes a date as YYYY-MM-DD, not "${text}"`);
	return time;
}

export interface NetworkOptions {
	settings: NetworkSettings;
	dateOrder?: DateOrder;
	/** Names and keys replaced by "Person 042" before the analysis (`--pseudonymise`). */
	pseudonymise?: boolean;
	/** Teams smaller than this have their team-level figures withheld (`--min-group-size`, default 5). */
	minGroupSize?: number;
}

export function networkOptions(values: {
	from?: string;
	to?: string;
	'max-attendees'?: string;
	'include-all-day'?: boolean;
	'exclude-unlisted'?: boolean;
	'date-order'?: string;
	pseudonymise?: boolean;
	'min-group-size'?: string;
}): NetworkOptions {
	const from = parseDay('from', values.from);
	// --to names the last day counted, so the window ends at the start of the next day.
	const to = parseDay('to', values.to) === null ? null : dayAfter(values.to as string);
	if (from !== null && to !== null && to <= from)
		throw new UsageError('--to must not be before --from');
	const cap = values['max-attendees'];
	const maxAttendees = cap === undefined ? DEFAULT_SETTINGS.maxAttendees : Number(cap);
	if (!Number.isInteger(maxAttendees) || maxAttendees < 2) {
		throw new UsageError(`--max-attendees takes a whole number of 2 or more, not "${cap}"`);
	}
	const order = values['date-order'];
	if (order !== undefined && order !== 'mdy' && order !== 'dmy') {
		throw new UsageError(`--date-order takes mdy or dmy, not "${order}"`);
	}
	const groupText = values['min-group-size'];
	const minGroupSize = groupText === undefined ? DEFAULT_MIN_GROUP_SIZE : Number(groupText);
	if (groupText !== undefined && (!/^\d+$/.test(groupText) || !isMinGroupSize(minGroupSize))) {
		throw new UsageError(`--min-group-size takes a whole number of 1 or more, not "${groupText}"`);
	}
	return {
		settings: {
			from,
			to,
			maxAttendees,
			includeAllDay: values['include-all-day'] ?? false,
			includeUnlisted: !(values['exclude-unlisted'] ?? false)
		},
		dateOrder: order,
		pseudonymise: values.pseudonymise ?? false,
		minGroupSize
	};
}
