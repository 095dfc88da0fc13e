// Converts wall-clock times in an IANA time zone to UTC with the time-zone database built into the platform.

/*
 * Why this exists: ical.js converts only the zones a file defines in VTIMEZONE (its TimezoneService
 * knows UTC and nothing else), yet some exporters write TZID=Europe/Berlin without the VTIMEZONE
 * RFC 5545 asks for. Browsers, Web Workers and Node all carry the IANA database behind Intl, which
 * tells the local time at an instant; from that the offset, and from the offset the UTC time.
 */

const FIELDS: Intl.DateTimeFormatOptions = {
	hourCycle: 'h23',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric',
	second: 'numeric'
};

/**
 * A converter from wall-clock time in `tzid` (written as if it were UTC, in ms) to UTC ms, or null
 * when the platform does not know the zone.
 */
export function intlWallToUtc(tzid: string): ((wall: number) => number) | null {
	let format: Intl.DateTimeFormat;
	try {
		format = new Intl.DateTimeFormat('en-US', { ...FIELDS, timeZone: tzid });
	} catch {
		return null;
	}
	const offsetAt = (utc: number): number => {
		const part: Record<string, number> = {};
		for (const { type, value } of format.formatToParts(utc)) part[type] = Number(value);
		const local = Date.UTC(
			part.year,
			part.month - 1,
			part.day,
			part.hour,
			part.minute,
			part.second
		);
		return local - (utc - (((utc % 1000) + 1000) % 1000));
	};
	// The offset at the wall time read as UTC is at most one switch away from the right one; a second
	// look at the instant it gives settles it (a time skipped by a spring-forward keeps the old offset).
	return (wall) => wall - offsetAt(wall - offsetAt(wall));
}
