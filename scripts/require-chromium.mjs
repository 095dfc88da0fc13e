// Stops the test run with a clear message when the Chromium that the browser tests drive is missing: they never skip silently.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.error(
		`Browser tests need Chromium at ${path}, and it is not there.\n` +
			'Install it with:  sudo apt-get install chromium   (Debian or Ubuntu)\n' +
			'or point CHROMIUM_PATH at a Chromium binary, then run the tests again.'
	);
	process.exit(1);
}
