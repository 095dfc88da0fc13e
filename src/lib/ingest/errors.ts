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
