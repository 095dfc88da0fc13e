// What the Meetings controls accept, and what to say when a value cannot apply.
import { SMALLEST_SIZE_CAP, type NetworkSettings } from '../graph/settings';

/** What `sizeCapOf` takes, said to someone typing a cap (the command's --max-attendees takes the same). */
export const MEETING_CAP_RULE = `A whole number of ${SMALLEST_SIZE_CAP} or more`;

/** The window counts occurrences starting in [from, to): with from at or after to, none can. */
export function windowInverted({ from, to }: Pick<NetworkSettings, 'from' | 'to'>): boolean {
	return from !== null && to !== null && from >= to;
}
