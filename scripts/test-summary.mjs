// Prints one closing line for the whole suite, unit and browser runs together, in the plain "N passed, N failed" form.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const run of ['unit', 'browser']) {
	const report = JSON.parse(readFileSync(`test-results/${run}.json`, 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests;
	skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
