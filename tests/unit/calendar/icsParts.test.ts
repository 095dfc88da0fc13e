// A large .ics read in shares by several workers gives exactly the occurrences one whole parse gives.
import { describe, expect, it, vi } from 'vitest';
import { generateDemoOrganisation } from '../../../src/lib/demo';
import { demoIcs } from '../../../src/lib/demo/icsExport';
import { parseIcs, startIcsShare } from '../../../src/lib/ingest/calendar/ics';
import { endlessWindow } from '../../../src/lib/ingest/calendar/icsOccurrences';
import {
	calendarShare,
	mergeScans,
	scanEvents,
	scanSegment,
	segmentStarts,
	type SegmentScan
} from '../../../src/lib/ingest/calendar/icsParts';
import type { OccurrenceRecord, ParsedCalendar } from '../../../src/lib/ingest/calendar/types';
import { decodeWindows1252 } from '../../../src/lib/ingest/textEncoding';
import { fixture, ics, vevent } from './helpers';

const byIdentity = (a: OccurrenceRecord, b: OccurrenceRecord) =>
	a.uid.localeCompare(b.uid) || a.occurrenceKey - b.occurrenceKey;

/** Each worker's scan of its segment of the file, as the page hands them all to every worker. */
function segmentScans(bytes: Uint8Array, count: number): SegmentScan[] {
	const starts = [...segmentStarts(bytes, count), bytes.length];
	return Array.from({ length: count }, (_, i) => scanSegment(bytes, starts[i], starts[i + 1]));
}

/**
 * What the browser's workers do: each scans a segment, reads its share once it has every scan, then series without
 * end expand within the span of all.
 */
function readInShares(
	name: string,
	text: string,
	count: number,
	start = startIcsShare
): ParsedCalendar[] {
	const bytes = new TextEncoder().encode(text);
	const scanned = mergeScans(segmentScans(bytes, count));
	const shares = Array.from({ length: count }, (_, index) =>
		start(name, bytes, { part: { index, count }, scanned })
	);
	const window = endlessWindow(shares.map((share) => share.expansion.span));
	return shares.map(({ events, expansion, unknownZones }) => ({
		events,
		occurrences: [...expansion.bounded(), ...expansion.endlessWithin(window)],
		unknownZones
	}));
}

/** Names and titles beyond ASCII, some of whose UTF-8 bytes windows-1252 reads as characters above 0xFF (Œ, Ş). */
const names = {
	title: 'Café, ☕ 🎉 Planung für Œuvre',
	organizer: 'Şule Yılmaz',
	attendee: 'Œnone Łukasz; "Zoë"'
};
const withNames = vevent(
	'UID:names',
	'DTSTART:20260107T090000Z',
	'DTEND:20260107T100000Z',
	`SUMMARY:${names.title.replace(',', '\\,')}`,
	`DESCRIPTION:${'Über die Planung. '.repeat(20)}`,
	`ORGANIZER;CN=${names.organizer}:mailto:sule@example.org`,
	`ATTENDEE;CN="${names.attendee.replaceAll('"', "^'")}";PARTSTAT=ACCEPTED:mailto:ŒNONE@EXAMPLE.ORG`
);

/**
 * What the byte scan must read as ical.js does: a byte order mark, lower-case lines, a folded UID, an alarm's own UID;
 * and names beyond ASCII.
 */
const writtenUnusually =
	'\uFEFF' +
	ics(
		...vevent(
			...['BEGIN:VALARM', 'UID:alarm', 'ACTION:DISPLAY', 'TRIGGER:-PT15M', 'END:VALARM'],
			...['UID:series', ' -one', 'DTSTART:20260105T090000Z', 'DTEND:20260105T093000Z'],
			...['RRULE:FREQ=WEEKLY;COUNT=4', 'SUMMARY:Weekly', 'ATTENDEE:mailto:a@example.org']
		),
		...['begin:vevent', 'uid:series-one', 'RECURRENCE-ID:20260112T090000Z'],
		...['DTSTART:20260112T100000Z', 'DTEND:20260112T103000Z', 'SUMMARY:Moved', 'end:vevent'],
		...Array.from({ length: 6 }, (_, i) =>
			vevent(`UID:single-${i}`, `DTSTART:2026010${i + 1}T120000Z`, 'SUMMARY:Single')
		).flat(),
		...withNames
	);

describe('reading one calendar in shares', () => {
	// The demo has time zones, floating times, weekly series and single events; the RFC file has overrides
	// (RECURRENCE-ID) that must land in the share of their series, and folded UIDs.
	for (const [name, text] of [
		['demo.ics', demoIcs(generateDemoOrganisation())],
		['rfc5545-examples.ics', fixture('rfc5545-examples.ics')],
		['google-europe-london.ics', fixture('google-europe-london.ics')],
		['written-unusually.ics', writtenUnusually]
	] as const) {
		it(`${name}: the shares together hold every occurrence once, with its line`, () => {
			const whole = parseIcs(name, text);
			expect(whole.occurrences.length).toBeGreaterThan(0);
			for (const count of [2, 3]) {
				const shares = readInShares(name, text, count);
				expect(shares.reduce((n, share) => n + share.events, 0)).toBe(whole.events);
				const together = shares.flatMap((share) => share.occurrences).sort(byIdentity);
				expect(together).toEqual([...whole.occurrences].sort(byIdentity));
				// A series and its overrides are read together, in one share.
				const shareOfUid = new Map<string, number>();
				shares.forEach((share, i) => {
					for (const { uid } of share.occurrences) {
						expect(shareOfUid.get(uid) ?? i).toBe(i);
						shareOfUid.set(uid, i);
					}
				});
			}
		});
	}

	it('names in each share the unknown time zones its own events use, and so all of them together', () => {
		const zoned = (uid: string, zone: string) =>
			vevent(`UID:${uid}`, `DTSTART;TZID=${zone}:20260302T090000`, 'DURATION:PT1H');
		const events = Array.from({ length: 40 }, (_, i) => zoned(`e${i}`, `Zone ${i % 4}`)).flat();
		const text = ics(...events);
		const zonesOf = (share: ParsedCalendar) =>
			[...new Set(share.occurrences.map((o) => `Zone ${Number(o.uid.slice(1)) % 4}`))].sort();
		for (const count of [2, 3]) {
			const shares = readInShares('zones.ics', text, count);
			expect(shares.every((share) => share.occurrences.length > 0)).toBe(true);
			for (const share of shares) expect([...share.unknownZones].sort()).toEqual(zonesOf(share));
			expect(new Set(shares.flatMap((share) => share.unknownZones))).toEqual(
				new Set(['Zone 0', 'Zone 1', 'Zone 2', 'Zone 3'])
			);
		}
	});

	/** The names read in shares: with Node's Latin-1 decode here, or the browser's windows-1252 one. */
	function expectNamesInShares(start = startIcsShare) {
		for (const count of [2, 3]) {
			const [occurrence] = readInShares('names.ics', writtenUnusually, count, start)
				.flatMap((share) => share.occurrences)
				.filter((o) => o.uid === 'names');
			expect(occurrence.title).toBe(names.title);
			expect(occurrence.attendees.map(({ name, email }) => [name, email])).toEqual([
				[names.organizer, 'sule@example.org'],
				[names.attendee, 'œnone@example.org']
			]);
		}
	}

	it('reads names and titles beyond ASCII in a share as in the whole file', () => {
		expectNamesInShares();
	});

	it("reads them so with the browser's decoder too, whose characters for 0x80 to 0x9F lie above 0xFF", async () => {
		// The browser has no Buffer, and its windows-1252 is the Encoding Standard's (Node's reads 0x80 to 0x9F as
		// Latin-1 does).
		class BrowserTextDecoder extends TextDecoder {
			decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
				if (this.encoding !== 'windows-1252' || !ArrayBuffer.isView(input))
					return super.decode(input, options);
				return decodeWindows1252(new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
			}
		}
		vi.resetModules();
		vi.stubGlobal('Buffer', undefined);
		vi.stubGlobal('TextDecoder', BrowserTextDecoder);
		try {
			const browser = await import('../../../src/lib/ingest/calendar/ics');
			expect(browser.startIcsShare).not.toBe(startIcsShare);
			expectNamesInShares(browser.startIcsShare);
		} finally {
			vi.unstubAllGlobals();
			vi.resetModules();
		}
	});

	it('deals a large calendar out evenly', () => {
		const text = demoIcs(generateDemoOrganisation());
		const sizes = readInShares('demo.ics', text, 2).map((share) => share.events);
		expect(Math.min(...sizes) / Math.max(...sizes)).toBeGreaterThan(0.8);
	});

	it('names the line of a broken event in the whole file, not in the share', () => {
		const lines = demoIcs(generateDemoOrganisation()).split('\r\n');
		const broken = lines.findIndex((line, i) => i > lines.length / 2 && line.startsWith('DTSTART'));
		lines[broken] = 'DTSTART:this is not a date';
		const text = lines.join('\r\n');
		const message = (read: () => unknown) => {
			try {
				read();
			} catch (error) {
				return (error as Error).message;
			}
		};
		const whole = message(() => parseIcs('demo.ics', text));
		// The DTSTART's own line, in the whole file and in the share alike.
		expect(whole).toBe(
			`demo.ics: line ${broken + 1}: the event's DTSTART is not a valid date or date-time`
		);
		const fromShares = [0, 1].map((index) =>
			message(() =>
				startIcsShare('demo.ics', new TextEncoder().encode(text), { part: { index, count: 2 } })
			)
		);
		// The share holding the broken event fails as the whole file does; the other reads.
		expect(fromShares.filter((m) => m !== undefined)).toEqual([whole]);
	});

	it('scans a file in segments as in one piece, whatever the number of segments', () => {
		const texts = [
			demoIcs(generateDemoOrganisation()),
			fixture('rfc5545-examples.ics'),
			fixture('google-europe-london.ics'),
			writtenUnusually
		];
		for (const text of texts) {
			const bytes = new TextEncoder().encode(text);
			const whole = scanEvents(bytes);
			expect(whole?.begins.length).toBeGreaterThan(0);
			for (const count of [2, 3, 5, 8]) {
				const starts = segmentStarts(bytes, count);
				// Every segment after the first starts at a BEGIN:VEVENT line (or at the end of the file).
				for (const start of starts.slice(1)) {
					if (start < bytes.length) expect(whole?.begins).toContain(start);
				}
				expect(mergeScans(segmentScans(bytes, count))).toEqual(whole);
			}
		}
	});

	it('finds events that do not nest plainly across segments as in one piece', () => {
		const event = (i: number) => vevent(`UID:e${i}`, 'DTSTART:20260105T090000Z');
		const unclosed = ics(
			...Array.from({ length: 20 }, (_, i) => event(i)).flat(),
			...['BEGIN:VEVENT', 'UID:open', 'DTSTART:20260105T090000Z'],
			...Array.from({ length: 20 }, (_, i) => event(20 + i)).flat()
		);
		for (const text of [unclosed, unclosed.replace('BEGIN:VEVENT\r\nUID:open', 'UID:open')]) {
			const bytes = new TextEncoder().encode(text);
			const whole = scanEvents(bytes);
			for (const count of [2, 3, 7]) expect(mergeScans(segmentScans(bytes, count))).toEqual(whole);
		}
		expect(scanEvents(new TextEncoder().encode(unclosed))).toBeNull();
	});

	it('leaves a file with several calendars to the first share', () => {
		const two = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VEVENT\nEND:VCALENDAR\n'.repeat(2);
		expect(calendarShare(new TextEncoder().encode(two), 0, 2)).toBeNull();
	});
});
