// Fixtures and small calendars for the iCalendar tests, and occurrences turned into ISO times for comparing.
import { readFileSync } from 'node:fs';
import type { OccurrenceRecord } from '../../../src/lib/ingest/calendar/types';

export function fixture(name: string): string {
	return readFileSync(new URL(`../../fixtures/calendar/${name}`, import.meta.url), 'utf8');
}

/** A calendar holding these content lines, with the CRLF line ends exporters write. */
export function ics(...lines: string[]): string {
	return [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Weft tests//EN',
		...lines,
		'END:VCALENDAR',
		''
	].join('\r\n');
}

/** A VEVENT's lines. */
export function vevent(...lines: string[]): string[] {
	return ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
}

export function iso(ms: number): string {
	return new Date(ms).toISOString();
}

/** [occurrence key, start, end] of each occurrence, as ISO times. */
export function spans(occurrences: readonly OccurrenceRecord[]): [string, string, string][] {
	return occurrences.map((o) => [iso(o.occurrenceKey), iso(o.start), iso(o.end)]);
}

export function ofUid(occurrences: readonly OccurrenceRecord[], uid: string): OccurrenceRecord[] {
	return occurrences.filter((o) => o.uid === uid);
}

/** The problem (with file and line) an InputError reports. */
export function failure(read: () => unknown): { message: string; line: number | undefined } {
	try {
		read();
	} catch (error) {
		const { message, line, name } = error as { message: string; line?: number; name: string };
		if (name !== 'InputError') throw error;
		return { message, line };
	}
	throw new Error('expected an InputError');
}
