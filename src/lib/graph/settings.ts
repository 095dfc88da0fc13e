// What turns meetings into ties: the analysis window, the size cap and who counts. Changing them re-runs SQL only.
import { wholeNumberOf, wholeNumberRule } from '../text/wholeNumber';

export interface NetworkSettings {
	/** UTC epoch ms; occurrences starting in [from, to) count. Null: no bound. */
	from: number | null;
	to: number | null;
	/** Meetings with more attendees (after declines) than this are left out: they say little about who works with whom. */
	maxAttendees: number;
	includeAllDay: boolean;
	/** Keep attendees who are not on the roster (teams "External" and "Unknown"). */
	includeUnlisted: boolean;
}

/** The smallest size cap: a tie needs two people in a meeting. */
export const SMALLEST_SIZE_CAP = 2;

/** What `sizeCapOf` takes, as the command's error and the dashboard's box both say it. */
export const SIZE_CAP_RULE = wholeNumberRule(SMALLEST_SIZE_CAP);

/** A size cap written as text (the command's option, the dashboard's box), or null when it is no whole number of the smallest cap or more. */
export function sizeCapOf(text: string): number | null {
	return wholeNumberOf(text, SMALLEST_SIZE_CAP);
}

/** The window counts occurrences starting in [from, to): with from at or after to, none can. */
export function windowInverted({ from, to }: Pick<NetworkSettings, 'from' | 'to'>): boolean {
	return from !== null && to !== null && from >= to;
}

export const DEFAULT_SETTINGS: NetworkSettings = {
	from: null,
	to: null,
	maxAttendees: 25,
	includeAllDay: false,
	includeUnlisted: true
};

export const EXTERNAL_TEAM = 'External';

/** Bounds for "no bound": any epoch-ms time lies between them. */
const EARLIEST = -8.64e15;
const LATEST = 8.64e15;

/** The settings as values for `$name` placeholders in the network's SQL. */
export function settingValues(settings: NetworkSettings): Record<string, unknown> {
	return {
		from: settings.from ?? EARLIEST,
		to: settings.to ?? LATEST,
		maxAttendees: settings.maxAttendees,
		includeAllDay: settings.includeAllDay,
		includeUnlisted: settings.includeUnlisted
	};
}
