// How the CLI ends on an error: one line on stderr and an exit code scripts can test, never a stack trace.
import { isInputError } from '../lib/ingest/errors';

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
	process.stderr.write(`weft: ${known ? message : `internal error: ${message.split('\n')[0]}`}\n`);
	process.exitCode = known ? EXIT_BAD_INPUT : 1;
}
