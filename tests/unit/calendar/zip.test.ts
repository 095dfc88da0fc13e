// Opening zip archives of .ics files: which entries are read, how they are named, and which archives are refused.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readIcsFromZip } from '../../../src/lib/ingest/calendar/zip';
import { failure, fixture } from './helpers';

const google = strToU8(fixture('google-europe-london.ics'));
const apple = strToU8(fixture('apple-folded.ics'));

/** Rewrites the sizes the archive's central directory declares for the named entries. */
function declareSizes(zip: Uint8Array, sizes: Record<string, [number, number]>): Uint8Array {
	const patched = zip.slice();
	const view = new DataView(patched.buffer);
	for (let at = 0; at + 46 <= patched.length; at++) {
		if (view.getUint32(at, true) !== 0x02014b50) continue;
		const nameLength = view.getUint16(at + 28, true);
		const name = new TextDecoder().decode(patched.subarray(at + 46, at + 46 + nameLength));
		if (!sizes[name]) continue;
		view.setUint32(at + 20, sizes[name][0], true);
		view.setUint32(at + 24, sizes[name][1], true);
	}
	return patched;
}

const MB = 1024 * 1024;

describe('readIcsFromZip', () => {
	it('reads the .ics entries, in any case, named archive/entry', () => {
		const zip = zipSync({
			'Calendars/': new Uint8Array(0),
			'Calendars/alice@example.com.ics': google,
			'Calendars/Work.ICS': [apple, { level: 0 }],
			'__MACOSX/Calendars/._Work.ICS': strToU8('resource fork'),
			'README.txt': strToU8('Exported calendars')
		});
		const files = readIcsFromZip({ name: 'takeout.zip', bytes: zip });
		expect(files.map((file) => file.name)).toEqual([
			'takeout.zip/Calendars/alice@example.com.ics',
			'takeout.zip/Calendars/Work.ICS'
		]);
		expect(files[0].bytes).toEqual(google);
		expect(files[1].bytes).toEqual(apple);
	});

	it('refuses a file that is not a zip archive', () => {
		expect(failure(() => readIcsFromZip({ name: 'x.zip', bytes: google })).message).toMatch(
			/^x\.zip: the file is not a readable zip archive: /
		);
	});

	it('refuses an archive without calendars', () => {
		const zip = zipSync({
			'notes.txt': strToU8('no calendars here'),
			'cal.ics/': new Uint8Array(0)
		});
		expect(failure(() => readIcsFromZip({ name: 'x.zip', bytes: zip }))).toEqual({
			message: 'x.zip: the zip archive holds no .ics calendar files',
			line: undefined
		});
	});

	it('says an Excel workbook must be saved as CSV', () => {
		const workbook = zipSync({
			'[Content_Types].xml': strToU8('<Types/>'),
			'xl/workbook.xml': strToU8('<workbook/>')
		});
		expect(failure(() => readIcsFromZip({ name: 'people.xlsx', bytes: workbook }))).toEqual({
			message: 'people.xlsx: this is an Excel workbook; save it as CSV (UTF-8) first',
			line: undefined
		});
	});

	it('refuses a zip bomb: an entry over 50 MB that inflates more than 100 times', () => {
		const bomb = zipSync({ 'big.ics': new Uint8Array(60 * MB) }, { level: 1 });
		expect(bomb.length).toBeLessThan(200_000);
		expect(failure(() => readIcsFromZip({ name: 'bomb.zip', bytes: bomb })).message).toMatch(
			/^bomb\.zip: big\.ics would inflate \d+ times to 60 MB; the archive looks like a zip bomb and is not opened$/
		);
	});

	it('refuses calendars over 500 MB in all, judged by declared sizes before inflating', () => {
		const zip = zipSync({ 'a.ics': google, 'b.ics': apple }, { level: 0 });
		// 300 MB each at 75:1 is no bomb, but 600 MB in all is too much.
		const large = declareSizes(zip, { 'a.ics': [4 * MB, 300 * MB], 'b.ics': [4 * MB, 300 * MB] });
		expect(failure(() => readIcsFromZip({ name: 'big.zip', bytes: large })).message).toBe(
			"big.zip: the archive's calendars would take 600 MB unpacked, more than the 500 MB Weft reads"
		);
	});

	it('does not count entries that are not calendars toward the limits', () => {
		const zip = declareSizes(zipSync({ 'a.ics': google, 'video.mp4': strToU8('frames') }), {
			'video.mp4': [MB, 900 * MB]
		});
		expect(readIcsFromZip({ name: 'mixed.zip', bytes: zip }).map((file) => file.name)).toEqual([
			'mixed.zip/a.ics'
		]);
	});
});
