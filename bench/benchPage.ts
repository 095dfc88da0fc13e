// The browser benchmark's page, built on its own (the app carries no benchmark code) and opened in headless Chromium.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { openApp, type Session } from '../tests/browser/harness';

export async function openBenchPage(): Promise<Session> {
	execFileSync('npx', ['vite', 'build', '--config', 'bench/browser/vite.config.ts'], {
		stdio: 'ignore'
	});
	return openApp(path.resolve('bench/browser/dist'));
}
