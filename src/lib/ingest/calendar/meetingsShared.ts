// What the two CSV calendar readers (Outlook export, meetings CSV) share: attendee text, one entry per person, yes/no values and packed rows.
import type { AttendeeRecord } from './types';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

function unquote(text: string): string {
	const trimmed = text.trim();
	const quote = trimmed[0];
	return (quote === '"' || quote === "'") && trimmed.length > 1 && trimmed.endsWith(quote)
		? trimmed.slice(1, -1).trim()
		: trimmed;
}

/** Outlook and most mail tools write a person as an address, a display name, or `Name <address>` (the name maybe quoted). */
export function parseAttendee(text: string): AttendeeRecord | null {
	const angled = text.includes('<') ? /^(.*?)<([^<>]*)>$/.exec(text.trim()) : null;
	let name = unquote(angled ? angled[1] : text);
	let email = '';
	if (angled) {
		const address = unquote(angled[2]).replace(/^mailto:/i, '');
		if (EMAIL.test(address)) email = address;
	} else if (EMAIL.test(name)) {
		email = name;
		name = '';
	}
	if (!name && !email) return null;
	return {
		email: email ? email.toLowerCase() : null,
		name: name || null,
		partstat: null,
		organizer: false
	};
}

/** Beyond this many attendees (an all-hands lists thousands) lookups go through maps; below, a scan is cheaper. */
const SCAN_LIMIT = 32;

/**
 * The attendees of one occurrence, each person once: entries with the same address, or the same
 * name where one of them has no address, are one person (the organizer is usually also listed as
 * an attendee). One list is reused for every occurrence, as a million attendees make garbage costly.
 */
export class AttendeeList {
	private attendees: AttendeeRecord[] = [];
	/** Lower-cased names, parallel to `attendees`. */
	private names: (string | undefined)[] = [];
	private readonly byEmail = new Map<string, number>();
	private readonly byName = new Map<string, number>();

	add(attendee: AttendeeRecord): void {
		const name = attendee.name?.toLowerCase();
		const at = this.find(attendee, name);
		if (at < 0) {
			this.attendees.push(attendee);
			this.names.push(name);
			if (this.attendees.length > SCAN_LIMIT) this.index(this.attendees.length - 1);
			return;
		}
		const same = this.attendees[at];
		same.email ??= attendee.email;
		if (same.name === null) {
			same.name = attendee.name;
			this.names[at] = name;
		}
		same.partstat ??= attendee.partstat;
		same.organizer ||= attendee.organizer;
		if (this.attendees.length > SCAN_LIMIT) this.index(at);
	}

	/** The attendees added so far; the list starts over for the next occurrence. */
	take(): AttendeeRecord[] {
		const attendees = this.attendees;
		this.attendees = [];
		this.names = [];
		if (attendees.length > SCAN_LIMIT) {
			this.byEmail.clear();
			this.byName.clear();
		}
		return attendees;
	}

	private find(attendee: AttendeeRecord, name: string | undefined): number {
		const email = attendee.email;
		let named: number | undefined;
		if (this.attendees.length > SCAN_LIMIT) {
			const byEmail = email === null ? undefined : this.byEmail.get(email);
			if (byEmail !== undefined) return byEmail;
			named = name === undefined ? undefined : this.byName.get(name);
		} else {
			for (let i = 0; i < this.attendees.length; i++) {
				if (email !== null && this.attendees[i].email === email) return i;
				if (named === undefined && name !== undefined && this.names[i] === name) named = i;
			}
		}
		// The same name is the same person unless both entries have (different) addresses.
		return named !== undefined && (email === null || this.attendees[named].email === null)
			? named
			: -1;
	}

	/** Keeps the maps up to date for entry `at` of a list long enough to use them. */
	private index(at: number): void {
		const count = this.attendees.length;
		// Crossing the limit indexes every entry so far.
		for (let i = count === SCAN_LIMIT + 1 && at === count - 1 ? 0 : at; i <= at; i++) {
			const { email } = this.attendees[i];
			const name = this.names[i];
			if (email !== null && !this.byEmail.has(email)) this.byEmail.set(email, i);
			if (name !== undefined && !this.byName.has(name)) this.byName.set(name, i);
		}
	}
}

/** The spellings of yes and no that exports use (Outlook writes True/False), lower-cased. */
const YES_WORDS = ['true', 'yes', '1'];
const NO_WORDS = ['false', 'no', '0'];

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
