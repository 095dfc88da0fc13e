// The analyses the export tests write out: the demo organisation from its roster and calendar, and a small hand-made network with awkward names.
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import type { Analysis } from '../../../src/lib/analysis/types';
import type { Database } from '../../../src/lib/db/types';
import { demoCalendarFiles, demoFiles } from '../../../src/lib/demo/files';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { importFiles } from '../../../src/lib/ingest/importFiles';

/** The demo's roster and .ics, as the dashboard opens them: ties carry minutes, people carry roster columns. */
export async function demoAnalysis(db: Database): Promise<Analysis> {
	await importFiles(db, [demoFiles()[0], demoCalendarFiles()[0]], { replace: true });
	return analyzeNetwork(await loadNetwork(db));
}

/** Names that break naive XML and CSV writers, one isolate (null figures) and a roster column called `role`. */
export const AWKWARD_NAMES = {
	ann: 'Ann <script>alert("x")</script>',
	bob: 'Bob & \'Co\' "Ltd"',
	cat: '=HYPERLINK("http://evil.example","click")',
	dan: 'Dan\tTab\nNewline',
	eve: 'Eve \u0001 bell'
};

/** A roster column named like Weft's own `role`, and text that looks like a formula. */
const ANN_ROSTER_COLUMNS: Record<string, string> = {
	role: 'Lead, "Platform"',
	location: '+44 London'
};

export async function awkwardAnalysis(): Promise<Analysis> {
	const team = (id: string) => (id === 'ann' || id === 'bob' ? 'R&D <core>' : '@Ops');
	return analyzeNetwork({
		people: Object.entries(AWKWARD_NAMES).map(([id, name]) => ({
			id,
			name,
			team: team(id),
			attributes: id === 'ann' ? ANN_ROSTER_COLUMNS : {}
		})),
		ties: [
			{ source: 'ann', target: 'bob', weight: 2.5, interactions: 3, minutes: 90 },
			{ source: 'ann', target: 'cat', weight: 1 / 3, interactions: 1, minutes: 20 },
			{ source: 'bob', target: 'cat', weight: 0.1 + 0.2, interactions: 2, minutes: 0 },
			{ source: 'cat', target: 'dan', weight: 1e-7, interactions: 1, minutes: 12.5 }
		]
	});
}
