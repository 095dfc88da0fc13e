// What the two CSV calendar readers (Outlook export, meetings CSV) share: attendee text, one entry per person, yes/no values and packed rows.
import type { AttendeeRecord } from './types';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

function unquote(text: string): string {
	const trimmed = text.trim();
	return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1).trim() : trimmed;
}

/** Outlook and most mail tools write a person as an address, a display name, or `Name <address>` (the name maybe quoted). */
export function parseAttendee(text: string): AttendeeRecord | null {
	const angled = /^(.*?)<([^<>]*)>$/.exec(text.trim());
	let name = unquote(angled ? angled[1] : text);
	let email = angled ? unquote(angled[2]).replace(/^mailto:/i, '') : '';
	if (!angled && EMAIL.test(name)) [name, email] = ['', name];
	if (!EMAIL.test(email)) email = '';
	if (!name && !email) return null;
	return {
		email: email ? email.toLowerCase() : null,
		name: name || null,
		partstat: null,
		organizer: false
	};
}

/**
 * The attendees of one occurrence, each person once: entries with the same address, or the same
 * name where one of them has no address, are one person (the organizer is usually also listed as
 * an attendee). Lookups go through maps because an all-hands can list thousands of people.
 */
export class AttendeeList {
	private attendees: AttendeeRecord[] = [];
	private readonly byEmail = new Map<string, AttendeeRecord>();
	private readonly byName = new Map<string, AttendeeRecord>();

	add(attendee: AttendeeRecord): void {
		const name = attendee.name?.toLowerCase();
		let same = attendee.email === null ? undefined : this.byEmail.get(attendee.email);
		if (!same && name !== undefined) {
			const named = this.byName.get(name);
			if (named && (named.email === null || attendee.email === null)) same = named;
		}
		if (same) {
			same.email ??= attendee.email;
			same.name ??= attendee.name;
			same.partstat ??= attendee.partstat;
			same.organizer ||= attendee.organizer;
		} else {
			same = attendee;
			this.attendees.push(attendee);
		}
		if (same.email !== null && !this.byEmail.has(same.email)) this.byEmail.set(same.email, same);
		const sameName = same.name?.toLowerCase();
		if (sameName !== undefined && !this.byName.has(sameName)) this.byName.set(sameName, same);
	}

	/** The attendees added so far; the list starts over for the next occurrence. */
	take(): AttendeeRecord[] {
		const attendees = this.attendees;
		this.attendees = [];
		this.byEmail.clear();
		this.byName.clear();
		return attendees;
	}
}

/** The spellings of yes and no that exports use (Outlook writes True/False), lower-cased. */
export const YES_WORDS = ['true', 'yes', '1'];
const NO_WORDS = ['false', 'no', '0'];
export const YES_NO_WORDS = [...YES_WORDS, ...NO_WORDS];

/** True or false for a yes/no word in any case, false for empty text, null for anything else. */
export function parseYesNo(text: string): boolean | null {
	const word = text.trim().toLowerCase();
	if (word === '' || NO_WORDS.includes(word)) return false;
	return YES_WORDS.includes(word) ? true : null;
}

/**
 * The db layer turns every Arrow value into a JS value at about a microsecond apiece, so a million
 * attendee rows fetched cell by cell take seconds. The readers therefore fetch many fields as one
 * text joined by this control character (the unit separator), which calendar text has no use for
 * and which is first removed from the values.
 */
export const FIELD_SEPARATOR = '\u001f';

/** SQL for one text holding `expressions` as text (NULL as empty) joined by FIELD_SEPARATOR. */
export function packedSql(expressions: readonly string[]): string {
	const fields = expressions.map(
		(expression) => `replace(coalesce(CAST(${expression} AS VARCHAR), ''), chr(31), '')`
	);
	return `concat_ws(chr(31), ${fields.join(', ')})`;
}
