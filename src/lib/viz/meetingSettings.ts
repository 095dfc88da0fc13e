// What the Meetings controls accept, and what to say when a value cannot apply.
import { SMALLEST_SIZE_CAP, type NetworkSettings } from '../graph/settings';

/** The network counts meetings of 2 to the cap's attendees (the command's --max-attendees takes the same). */
export const MEETING_CAP_RULE = `A whole number of ${SMALLEST_SIZE_CAP} or more`;

/** The size cap typed into the box, or null when it is no whole number of the smallest cap or more. */
export function meetingCap(text: string): number | null {
	if (!/^\s*\d+\s*$/.test(text)) return null;
	const cap = Number(text);
	return Number.isSafeInteger(cap) && cap >= SMALLEST_SIZE_CAP ? cap : null;
}

/** The window counts occurrences starting in [from, to): with from at or after to, none can. */
export function windowInverted({ from, to }: Pick<NetworkSettings, 'from' | 'to'>): boolean {
	return from !== null && to !== null && from >= to;
}
