// Messages between the page and the .ics parsing worker.
import type { ExpansionWindow, ParsedCalendar } from './types';

export interface IcsRequest {
	name: string;
	bytes: Uint8Array;
	window: ExpansionWindow | undefined;
}

export type IcsResponse =
	| { progress: number }
	| { ok: true; calendar: ParsedCalendar }
	| { ok: false; file: string; problem: string; line: number | undefined };
