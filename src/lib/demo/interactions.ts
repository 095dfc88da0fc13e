// Turns meetings into pairwise interaction rows, splitting each meeting's time over the people in it.
import type { DemoInteraction, DemoMeeting } from './types';

/** Bigger meetings are broadcasts, not collaboration, so they make no ties. */
export const MAX_MEETING_SIZE = 25;

/** Hours each attendee spends with each other attendee: the meeting's length shared over n - 1 people. */
export function pairWeight(meeting: DemoMeeting): number {
	const hours = (Date.parse(meeting.end) - Date.parse(meeting.start)) / 3_600_000;
	return Math.round((hours / (meeting.attendees.length - 1)) * 10_000) / 10_000;
}

/** One row per unordered pair of attendees of every meeting with 2 to MAX_MEETING_SIZE people. */
export function meetingInteractions(meetings: readonly DemoMeeting[]): DemoInteraction[] {
	const rows: DemoInteraction[] = [];
	for (const meeting of meetings) {
		const people = [...new Set(meeting.attendees)].sort();
		if (people.length < 2 || people.length > MAX_MEETING_SIZE) continue;
		const weight = pairWeight({ ...meeting, attendees: people });
		for (let i = 0; i < people.length; i++) {
			for (let j = i + 1; j < people.length; j++) {
				rows.push({ source: people[i], target: people[j], weight, timestamp: meeting.start });
			}
		}
	}
	return rows;
}
