// `npm run bench`: times the pipeline's stages, each also as a ratio to a fixed baseline run in the same process.
import { buildPeopleGraph } from '../src/lib/graph/build';
import { loadNetwork } from '../src/lib/graph/queries';
import { openNodeDatabase } from '../src/lib/db/node';
import { demoFiles } from '../src/lib/demo/files';
import { importFiles } from '../src/lib/ingest/importFiles';
import { forceLayout } from '../src/lib/layout/forceLayout';
import { MEASURES } from '../src/lib/metrics/registry';
import type { Network } from '../src/lib/analysis/types';
import { syntheticOrganisation } from './syntheticOrganisation';
import { benchCalendarBrowser, benchCalendarNode } from './calendar';
import { openBenchPage } from './benchPage';
import { benchBrowserMeasures, benchMeasures } from './measures';
import { benchFps, fpsLine } from './fps';
import { benchLargeFile, largeFileLines } from './largeFile';
import { benchCalendarDashboard, calendarDashboardTimings } from './calendarDashboard';

const REPEATS = 3;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

async function time(work: () => unknown, repeats = REPEATS): Promise<number> {
	const runs: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const start = performance.now();
		await work();
		runs.push(performance.now() - start);
	}
	return median(runs);
}

/** The baseline: sorting a million doubles, a fixed amount of plain JS work that tracks this machine's speed right now. */
async function baseline(): Promise<number> {
	const values = Float64Array.from({ length: 1_000_000 }, (_, i) => Math.sin(i) * 1e6);
	return time(() => Float64Array.from(values).sort(), 5);
}

const rows: { stage: string; ms: number }[] = [];
async function record(stage: string, work: () => unknown, repeats?: number) {
	rows.push({ stage, ms: await time(work, repeats) });
}

async function measureNetwork(label: string, network: Network, repeats = REPEATS) {
	const graph = buildPeopleGraph(network.people, network.ties);
	await record(
		`${label}: build graph`,
		() => buildPeopleGraph(network.people, network.ties),
		repeats
	);
	for (const measure of MEASURES)
		await record(`${label}: ${measure.id}`, () => measure.compute(graph), repeats);
	await record(`${label}: layout to rest`, () => layout(network), 1);
}

function layout(network: Network) {
	const index = new Map(network.people.map((p, i) => [p.id, i]));
	const ties = network.ties.map((t) => ({
		source: index.get(t.source)!,
		target: index.get(t.target)!
	}));
	return forceLayout(network.people.length, ties);
}

const base = await baseline();
const db = await openNodeDatabase();
const files = demoFiles();
await record('demo: import CSVs into DuckDB', () => importFiles(db, files, { replace: true }));
await record('demo: read people and ties (SQL)', () => loadNetwork(db));
await measureNetwork('demo (250 people)', await loadNetwork(db));
for (const people of [1_000, 5_000]) {
	const network = syntheticOrganisation(people, 10);
	await record(
		`synthetic ${people.toLocaleString('en-GB')} people: layout to rest`,
		() => layout(network),
		1
	);
}
const measures = await benchMeasures();
const measuresPage = await openBenchPage();
const browser = await benchBrowserMeasures(measuresPage.page);
await measuresPage.close();
// A page of its own, as an upload to the dashboard does not follow minutes of analyses of 10,000 people.
const calendarPage = await openBenchPage();
const browserCalendar = await benchCalendarBrowser(calendarPage.page);
await calendarPage.close();
const fps = await benchFps();
// After benchFps, which builds the app.
const calendarDashboard = await benchCalendarDashboard();
const largeFiles = [await benchLargeFile('interactions'), await benchLargeFile('meetings')];
rows.push(
	...measures.timings,
	...browser.timings,
	...browserCalendar.timings,
	...calendarDashboardTimings(calendarDashboard)
);

await db.close();
const nodeCalendar = benchCalendarNode();
rows.push(...nodeCalendar.timings);

console.log(`baseline (sort 1M doubles): ${base.toFixed(1)} ms\n`);
console.log(`${'stage'.padEnd(90)} ${'ms'.padStart(10)} ${'x baseline'.padStart(11)}`);
for (const { stage, ms } of rows) {
	console.log(
		`${stage.padEnd(90)} ${ms.toFixed(1).padStart(10)} ${(ms / base).toFixed(2).padStart(11)}`
	);
}
console.log(`\n${[...nodeCalendar.throughput, ...browserCalendar.throughput].join('\n')}`);
console.log(
	'\nWeft against the references on the same graphs (ratio = their time / ours; Node: each run once; browser: medians of interleaved repeats, and the first runs):'
);
for (const { people, measure, weftMs, otherMs, other } of [
	...measures.comparisons,
	...browser.comparisons
]) {
	console.log(
		`${people.toLocaleString('en-GB').padStart(6)} people, ${measure.padEnd(36)} Weft ${weftMs.toFixed(0).padStart(7)} ms, ${other.padEnd(18)} ${otherMs.toFixed(0).padStart(7)} ms: ${(otherMs / weftMs).toFixed(2)}x`
	);
}
console.log(
	'\nThe network canvas in headless Chromium (software rendering), a mouse panning and zooming for 3 s:'
);
for (const r of fps.results)
	console.log(
		`${r.people.toLocaleString('en-GB').padStart(6)} people, ${r.ties.toLocaleString('en-GB').padStart(7)} ties: ${r.frames} frames in ${r.seconds.toFixed(2)} s`
	);
console.log(fpsLine(fps));
for (const largeFile of largeFiles) console.log(`\n${largeFileLines(largeFile).join('\n')}`);
