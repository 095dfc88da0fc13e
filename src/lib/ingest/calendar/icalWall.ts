// Wall-clock times are kept as epoch ms read in UTC; this turns one into the floating ICAL.Time that ical.js works on.
import ICAL from 'ical.js';

export function icalTimeFromWall(wall: number, isDate: boolean): ICAL.Time {
	const date = new Date(wall);
	return ICAL.Time.fromData({
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate(),
		hour: date.getUTCHours(),
		minute: date.getUTCMinutes(),
		second: date.getUTCSeconds(),
		isDate
	});
}
