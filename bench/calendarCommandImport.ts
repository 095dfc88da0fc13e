// One calendar imported as `weft analyze` imports it, in a process of its own (the bench's own process has warmed
// DuckDB's wasm and the reader's code by then, which a command never has): prints its times as JSON.
import { importCommandFiles } from '../src/cli/importCommandFiles';
import { readInputFile } from '../src/cli/files';
import { openNodeDatabase } from '../src/lib/db/node';
import { loadTies } from '../src/lib/graph/queries';
import { indexMeetingPairs } from '../src/lib/ingest/schema';

export interface CommandImportTimes {
	openMs: number;
	fileToTiesMs: number;
	pairMs: number;
	rederiveMs: number;
	ties: number;
}

const [path] = process.argv.slice(2);
let start = performance.now();
const db = await openNodeDatabase();
const openMs = performance.now() - start;
start = performance.now();
await importCommandFiles(db, [await readInputFile(path)], {});
const ties = (await loadTies(db)).length;
const fileToTiesMs = performance.now() - start;
start = performance.now();
await indexMeetingPairs(db);
const pairMs = performance.now() - start;
const rederive: number[] = [];
for (let i = 0; i < 3; i++) {
	start = performance.now();
	await loadTies(db);
	rederive.push(performance.now() - start);
}
await db.close();
const times: CommandImportTimes = {
	openMs,
	fileToTiesMs,
	pairMs,
	rederiveMs: Math.min(...rederive),
	ties
};
console.log(JSON.stringify(times));
