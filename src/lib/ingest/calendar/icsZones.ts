// Turns an iCalendar TZID into a converter from wall-clock time to UTC: the file's own VTIMEZONE, else the platform's IANA zone, else UTC.
import ICAL from 'ical.js';
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

function vtimezoneWallToUtc(component: JCalComponent): WallToUtc {
	const zone = new ICAL.Timezone({ component: new ICAL.Component(component) });
	return (wall) => {
		const date = new Date(wall);
		const local = ICAL.Time.fromData({
			year: date.getUTCFullYear(),
			month: date.getUTCMonth() + 1,
			day: date.getUTCDate(),
			hour: date.getUTCHours(),
			minute: date.getUTCMinutes(),
			second: date.getUTCSeconds(),
			isDate: false
		});
		return wall - zone.utcOffset(local) * 1000;
	};
}

/** The time zones one file can refer to. */
export class IcsZones {
	readonly #defined = new Map<string, JCalComponent>();
	readonly #converters = new Map<string, WallToUtc>();

	/** Every VTIMEZONE in the file, whichever VCALENDAR it sits in. */
	constructor(vtimezones: readonly JCalComponent[]) {
		for (const vtimezone of vtimezones) {
			const tzid = componentText(vtimezone, 'tzid');
			if (tzid && !this.#defined.has(tzid)) this.#defined.set(tzid, vtimezone);
		}
	}

	/**
	 * An unknown TZID (a Windows zone name without its VTIMEZONE, a typo) converts as UTC: the meeting
	 * keeps its day and its place among the others, at worst a few hours off, rather than failing the file.
	 */
	converter(tzid: string): WallToUtc {
		let converter = this.#converters.get(tzid);
		if (!converter) {
			const vtimezone = this.#defined.get(tzid);
			const convert = vtimezone ? vtimezoneWallToUtc(vtimezone) : intlWallToUtc(tzid);
			converter = convert ? remembering(convert) : utcWallToUtc;
			this.#converters.set(tzid, converter);
		}
		return converter;
	}
}
