// Runs the `weft` command as users do, through npm, and returns its exit code and output instead of throwing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface WeftRun {
	code: number;
	stdout: string;
	stderr: string;
}

export async function runWeft(
	args: readonly string[],
	options: { env?: Record<string, string>; timeout?: number } = {}
): Promise<WeftRun> {
	try {
		const { stdout, stderr } = await run('npm', ['run', '--silent', 'weft', '--', ...args], {
			maxBuffer: 64 * 1024 * 1024,
			env: { ...process.env, ...options.env },
			timeout: options.timeout
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

export const weft = (...args: string[]): Promise<WeftRun> => runWeft(args);
