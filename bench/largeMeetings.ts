// Writes a meetings CSV in long form of a given size to disk, streaming, for the large-file benchmark.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Each chunk is built as one string and written before the next is made, so memory stays at a few MB. */
const CHUNK_BYTES = 4 * 1024 * 1024;
const ATTENDEES = 10;
const RESPONSES = ['accepted', 'accepted', 'tentative', 'declined', ''];

export interface LargeMeetings {
	rows: number;
	bytes: number;
	occurrences: number;
}

/**
 * About `bytes` of `meeting_id,title,start,end,attendee,organizer,response` rows, ten attendees a meeting drawn from
 * `people` people (`Name <email>` on every other row), each meeting weekly for four weeks; a row is ~110 bytes.
 */
export async function writeMeetingsCsv(
	path: string,
	bytes: number,
	people = 5_000
): Promise<LargeMeetings> {
	const out = createWriteStream(path);
	const email = (i: number) => `person${String(i).padStart(4, '0')}@example.org`;
	let written = 0;
	let rows = 0;
	let occurrences = 0;
	const header = 'meeting_id,title,start,end,attendee,organizer,response\n';
	out.write(header);
	written += header.length;
	while (written < bytes) {
		const lines: string[] = [];
		let size = 0;
		while (size < CHUNK_BYTES && written + size < bytes) {
			const meeting = Math.floor(occurrences / 4);
			const week = occurrences % 4;
			const day = String(2 + week * 7 + (meeting % 5)).padStart(2, '0');
			const hour = String(8 + (meeting % 9)).padStart(2, '0');
			for (let a = 0; a < ATTENDEES; a++) {
				const person = (meeting * 7 + a * 13) % people;
				const attendee = a % 2 === 0 ? email(person) : `Person ${person} <${email(person)}>`;
				const line = `m${meeting},Meeting ${meeting},2026-03-${day}T${hour}:00:00Z,2026-03-${day}T${hour}:45:00Z,${attendee},${a === 0 ? 'yes' : 'no'},${RESPONSES[(meeting + a) % RESPONSES.length]}\n`;
				lines.push(line);
				size += line.length;
				rows++;
			}
			occurrences++;
		}
		written += size;
		if (!out.write(lines.join(''))) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
	return { rows, bytes: written, occurrences };
}

// `tsx bench/largeMeetings.ts FILE MB` writes one.
if (import.meta.url === `file://${process.argv[1]}`) {
	const made = await writeMeetingsCsv(process.argv[2], Number(process.argv[3]) * 1024 * 1024);
	console.log(JSON.stringify(made));
}
