// The records every calendar format (iCalendar, Outlook CSV, meetings CSV) is read into, before they reach DuckDB.

/** How the UIDs made for Outlook CSV rows begin, which the meeting index matches to iCalendar copies. */
export const OUTLOOK_CSV_UID_PREFIX = 'outlook-';

/** iCalendar's participation status; null when the export does not say. */
export type PartStat = 'ACCEPTED' | 'DECLINED' | 'TENTATIVE' | 'NEEDS-ACTION' | 'DELEGATED' | null;

export interface AttendeeRecord {
	/** Lower-cased address without `mailto:`, or null when the export only has a display name. */
	email: string | null;
	/** Display name (iCalendar CN, or the name Outlook shows), or null. */
	name: string | null;
	partstat: PartStat;
	/** True for the organizer; an organizer also listed as ATTENDEE appears once, with this true. */
	organizer: boolean;
}

/** One occurrence of a meeting: a single event, or one instance of a recurring series. */
export interface OccurrenceRecord {
	/** The event's UID (iCalendar), meeting id (meetings CSV) or a key made from the row (Outlook CSV). */
	uid: string;
	/** UTC epoch ms of the occurrence's original start (its RECURRENCE-ID); with `uid`, identifies it across files. */
	occurrenceKey: number;
	/** UTC epoch ms. */
	start: number;
	end: number;
	title: string;
	allDay: boolean;
	cancelled: boolean;
	/** True when the occurrence comes from a recurring series. */
	recurring: boolean;
	/** SEQUENCE of the event (or override) it comes from: which copy of it is newer; null when the export does not say. */
	sequence: number | null;
	/**
	 * SEQUENCE of its series (or single event) in this file, which tells a copy of a revised series from an older one;
	 * null when the file holds only this instance's override, or does not say.
	 */
	seriesSequence: number | null;
	attendees: AttendeeRecord[];
	/** Line in the file where the event (or row) starts, for messages. */
	line: number;
}

/** Occurrences are expanded only where they overlap [from, to), UTC epoch ms. */
export interface ExpansionWindow {
	from: number;
	to: number;
}

export interface ParsedCalendar {
	/** Event definitions read (VEVENTs including overrides, or rows), before expansion. */
	events: number;
	occurrences: OccurrenceRecord[];
	/** TZIDs the file's times named that neither the file nor the platform defines: their times were read as UTC. */
	unknownZones: string[];
}
