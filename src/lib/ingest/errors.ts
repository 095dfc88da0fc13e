// The one error users see for a file Weft cannot read: which file, which line, what is wrong.

/** The longest problem text shown: a value quoted from a hostile file can be megabytes long. */
const MAX_PROBLEM_CHARS = 400;

/** One line of text whatever the file held: line breaks and tabs quoted from it are shown as \n, \r and \t. */
function oneLine(text: string): string {
	const flat = text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
	return flat.length > MAX_PROBLEM_CHARS ? `${flat.slice(0, MAX_PROBLEM_CHARS)}…` : flat;
}

export class InputError extends Error {
	readonly file: string;
	readonly line: number | undefined;
	readonly problem: string;

	constructor(file: string, given: string, line?: number) {
		const problem = oneLine(given);
		super(line === undefined ? `${file}: ${problem}` : `${file}: line ${line}: ${problem}`);
		this.name = 'InputError';
		this.file = file;
		this.line = line;
		this.problem = problem;
	}
}

export function isInputError(error: unknown): error is InputError {
	return error instanceof Error && error.name === 'InputError';
}

/** An Outlook CSV whose dates read either way: the user must say which order, and the import can be retried with it. */
export class DateOrderNeeded extends InputError {
	readonly needsDateOrder = true;

	constructor(file: string, problem: string) {
		super(file, problem);
	}
}

export function needsDateOrder(error: unknown): error is DateOrderNeeded {
	return isInputError(error) && (error as Partial<DateOrderNeeded>).needsDateOrder === true;
}
