// Turns an iCalendar TZID into a converter from wall-clock time to UTC: the file's own VTIMEZONE, else the platform's IANA zone (a Windows zone's through its IANA name), else UTC.
import ICAL from 'ical.js';
import { findIana } from 'windows-iana';
import { icalTimeFromWall } from './icalWall';
import { intlWallToUtc } from './intlZone';
import { componentText, type JCalComponent } from './jcal';

/** Wall-clock time written as if it were UTC (ms) → UTC ms. */
export type WallToUtc = (wall: number) => number;

export const utcWallToUtc: WallToUtc = (wall) => wall;

/** Meetings repeat the same few wall times, so each zone remembers what it has converted. */
function remembering(convert: WallToUtc): WallToUtc {
	const seen = new Map<number, number>();
	return (wall) => {
		let utc = seen.get(wall);
		if (utc === undefined) {
			utc = convert(wall);
			seen.set(wall, utc);
		}
		return utc;
	};
}

function icalWallToUtc(vtimezone: JCalComponent): WallToUtc {
	const zone = new ICAL.Timezone({ component: new ICAL.Component(vtimezone) });
	return (wall) => {
		const local = icalTimeFromWall(wall, false);
		return wall - zone.utcOffset(local) * 1000;
	};
}

/** A Windows zone name's converter, through the IANA zone CLDR maps it to; null for any other name. */
function windowsZoneWallToUtc(tzid: string): WallToUtc | null {
	const [iana] = findIana(tzid);
	return iana === undefined ? null : intlWallToUtc(iana);
}

/**
 * Converters for every file read here, by what defines them: ical.js expands a VTIMEZONE's rules
 * from its first DTSTART (Outlook writes 1601) on first use, some 8 ms a zone, an Intl formatter is
 * slow to build, and a batch of exports from one calendar system repeats the same few zones.
 */
const shared = new Map<string, WallToUtc>();

function sharedConverter(definition: string, make: () => WallToUtc | null): WallToUtc {
	let converter = shared.get(definition);
	if (!converter) {
		const convert = make();
		converter = convert ? remembering(convert) : utcWallToUtc;
		shared.set(definition, converter);
	}
	return converter;
}

/** The time zones one file can refer to. */
export class IcsZones {
	readonly #defined = new Map<string, JCalComponent>();
	readonly #converters = new Map<string, WallToUtc>();
	readonly #unknown = new Set<string>();

	/** Every VTIMEZONE in the file, whichever VCALENDAR it sits in. */
	constructor(vtimezones: readonly JCalComponent[]) {
		for (const vtimezone of vtimezones) {
			const tzid = componentText(vtimezone, 'tzid');
			if (tzid && !this.#defined.has(tzid)) this.#defined.set(tzid, vtimezone);
		}
	}

	/**
	 * A Windows zone name without its VTIMEZONE (as some exporters write Outlook's) converts as the IANA zone CLDR
	 * maps it to. An unknown TZID (a typo) converts as UTC: the meeting keeps its day and its place among the others,
	 * at worst a few hours off, rather than failing the file; `unknown` lists such TZIDs, for the import summary.
	 */
	converter(tzid: string): WallToUtc {
		let converter = this.#converters.get(tzid);
		if (!converter) {
			const vtimezone = this.#defined.get(tzid);
			converter = vtimezone
				? sharedConverter(JSON.stringify(vtimezone), () => icalWallToUtc(vtimezone))
				: sharedConverter(tzid, () => intlWallToUtc(tzid) ?? windowsZoneWallToUtc(tzid));
			if (converter === utcWallToUtc) this.#unknown.add(tzid);
			this.#converters.set(tzid, converter);
		}
		return converter;
	}

	/** The TZIDs this file's times named that neither the file nor the platform defines, read as UTC. */
	get unknown(): string[] {
		return [...this.#unknown];
	}
}
