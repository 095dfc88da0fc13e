// The one error users see for a file Weft cannot read: which file, which line, what is wrong.

export class InputError extends Error {
	readonly file: string;
	readonly line: number | undefined;
	readonly problem: string;

	constructor(file: string, problem: string, line?: number) {
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
