// Turns the command line's window, size-cap and calendar options into network settings, rejecting bad values.
import {
	DEFAULT_SETTINGS,
	SIZE_CAP_RULE,
	sizeCapOf,
	windowInverted,
	type NetworkSettings
} from '../lib/graph/settings';
import { dayAfter, dayStart } from '../lib/graph/windowDays';
import type { DateOrder } from '../lib/ingest/importFiles';
import {
	DEFAULT_MIN_GROUP_SIZE,
	MIN_GROUP_SIZE_RULE,
	minGroupSizeOf
} from '../lib/privacy/minGroupSize';
import { Pseudonyms, type PseudonymsSnapshot } from '../lib/privacy/pseudonymise';
import type { WorkspaceState } from '../lib/workspaceFile/state';
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
	/** A saved workspace's pseudonym mapping, so the command numbers people as the page did. */
	pseudonyms?: PseudonymsSnapshot | null;
}

/** The pseudonyms a command's analyses share: the workspace's own mapping when it has one. */
export function pseudonymsFor(options: NetworkOptions): Pseudonyms | undefined {
	if (!options.pseudonymise) return undefined;
	return options.pseudonyms ? Pseudonyms.restored(options.pseudonyms) : new Pseudonyms();
}

/**
 * The options as given; with a saved workspace (`saved`), what the command line leaves out is taken from the
 * workspace's own settings, so the command sees what the page showed.
 */
export function networkOptions(
	values: {
		from?: string;
		to?: string;
		'max-attendees'?: string;
		'include-all-day'?: boolean;
		'exclude-unlisted'?: boolean;
		'date-order'?: string;
		pseudonymise?: boolean;
		'min-group-size'?: string;
	},
	saved?: WorkspaceState
): NetworkOptions {
	const base = saved?.settings ?? DEFAULT_SETTINGS;
	const from = values.from === undefined ? base.from : parseDay('from', values.from);
	// --to names the last day counted, so the window ends at the start of the next day.
	const to =
		values.to === undefined
			? base.to
			: parseDay('to', values.to) === null
				? null
				: dayAfter(values.to as string);
	if (windowInverted({ from, to })) throw new UsageError('--to must not be before --from');
	const cap = values['max-attendees'];
	const maxAttendees = cap === undefined ? base.maxAttendees : sizeCapOf(String(cap));
	if (maxAttendees === null) {
		throw new UsageError(`--max-attendees takes ${SIZE_CAP_RULE}, not "${cap}"`);
	}
	const order = values['date-order'];
	if (order !== undefined && order !== 'mdy' && order !== 'dmy') {
		throw new UsageError(`--date-order takes mdy or dmy, not "${order}"`);
	}
	const groupText = values['min-group-size'];
	const minGroupSize =
		groupText === undefined
			? (saved?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE)
			: minGroupSizeOf(groupText);
	if (minGroupSize === null) {
		throw new UsageError(`--min-group-size takes ${MIN_GROUP_SIZE_RULE}, not "${groupText}"`);
	}
	return {
		settings: {
			from,
			to,
			maxAttendees,
			includeAllDay: values['include-all-day'] ?? base.includeAllDay,
			includeUnlisted: values['exclude-unlisted'] ? false : base.includeUnlisted
		},
		dateOrder: order,
		// A workspace kept under pseudonyms stays under them: the command line can add them, not take them away.
		pseudonymise: (values.pseudonymise ?? false) || (saved?.pseudonymise ?? false),
		minGroupSize,
		pseudonyms: saved?.pseudonyms ?? null
	};
}
