// Writes a meetings CSV in long form of a given size to disk, for the large-file benchmark and tests.
import { writeCsvOfSize } from './csvOfSize';

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
	const email = (i: number) => `person${String(i).padStart(4, '0')}@example.org`;
	const occurrence = (step: number) => {
		const meeting = Math.floor(step / 4);
		const day = String(2 + (step % 4) * 7 + (meeting % 5)).padStart(2, '0');
		const hour = String(8 + (meeting % 9)).padStart(2, '0');
		const rows: string[] = [];
		for (let a = 0; a < ATTENDEES; a++) {
			const person = (meeting * 7 + a * 13) % people;
			const attendee = a % 2 === 0 ? email(person) : `Person ${person} <${email(person)}>`;
			rows.push(
				`m${meeting},Meeting ${meeting},2026-03-${day}T${hour}:00:00Z,2026-03-${day}T${hour}:45:00Z,${attendee},${a === 0 ? 'yes' : 'no'},${RESPONSES[(meeting + a) % RESPONSES.length]}\n`
			);
		}
		return rows.join('');
	};
	const made = await writeCsvOfSize(
		path,
		bytes,
		'meeting_id,title,start,end,attendee,organizer,response\n',
		occurrence
	);
	return { rows: made.steps * ATTENDEES, bytes: made.bytes, occurrences: made.steps };
}
