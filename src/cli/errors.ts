// How the CLI ends on an error: one line on stderr and an exit code scripts can test, never a stack trace.
import { isInputError, needsDateOrder } from '../lib/ingest/errors';

export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/** Exit code for bad input or a bad command line. */
export const EXIT_BAD_INPUT = 2;

export function fail(error: unknown): void {
	const message = error instanceof Error ? error.message : String(error);
	const known =
		isInputError(error) ||
		error instanceof UsageError ||
		(error as { code?: string })?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
	// The dashboard asks for the order with two buttons; here it is an option.
	const told = needsDateOrder(error) ? `${message} with --date-order mdy or dmy` : message;
	process.stderr.write(`weft: ${known ? told : `internal error: ${message.split('\n')[0]}`}\n`);
	process.exitCode = known ? EXIT_BAD_INPUT : 1;
}
