// A file handed to Weft: its name as the user knows it and its bytes, whether from a drop, a picker or the disk.

export interface InputFile {
	name: string;
	bytes: Uint8Array;
}

export function textFile(name: string, text: string): InputFile {
	return { name, bytes: new TextEncoder().encode(text) };
}
