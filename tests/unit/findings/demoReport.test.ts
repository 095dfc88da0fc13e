// The demo organisation's findings name its planted structure, with the figures measured from its calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import type { Analysis } from '../../../src/lib/analysis/types';
import { openNodeDatabase } from '../../../src/lib/db/node';
import type { Database } from '../../../src/lib/db/types';
import { generateDemoOrganisation } from '../../../src/lib/demo';
import { demoCalendarFiles, demoFiles } from '../../../src/lib/demo/files';
import { buildFindings } from '../../../src/lib/findings/buildFindings';
import { chartSvg } from '../../../src/lib/findings/charts';
import type { BarChart, FindingsReport, StackedChart } from '../../../src/lib/findings/types';
import { loadNetwork } from '../../../src/lib/graph/queries';
import { DEFAULT_SETTINGS } from '../../../src/lib/graph/settings';
import { importFiles } from '../../../src/lib/ingest/importFiles';
import { formalTeams, loadPracticeCommunities } from '../../../src/lib/insight/practiceCommunities';

const demo = generateDemoOrganisation();
const { planted } = demo;
const nameOf = (id: string) => demo.people.find((person) => person.id === id)?.name as string;
let db: Database;
let analysis: Analysis;
let report: FindingsReport;

beforeAll(async () => {
	db = await openNodeDatabase();
	await importFiles(db, [demoFiles()[0], demoCalendarFiles()[0]]);
	const network = await loadNetwork(db);
	const practiceCommunities = await loadPracticeCommunities(
		db,
		DEFAULT_SETTINGS,
		formalTeams(network.people)
	);
	analysis = await analyzeNetwork(network, { practiceCommunities });
	report = buildFindings(analysis);
}, 60_000);
afterAll(() => db.close());

const finding = (id: string) => {
	const found = report.sections.flatMap((s) => s.findings).find((f) => f.id === id);
	if (!found) throw new Error(`no finding ${id}`);
	return found;
};
const words = (id: string) => [finding(id).title, ...finding(id).text].join(' ');
const figure = (id: string, label: string) =>
	finding(id).figures.find((f) => f.label === label)?.value;

describe('the demo organisation’s findings', () => {
	it('has the sections a leadership team reads, in order, each pointing to a view', () => {
		expect(report.sections.map((s) => s.id)).toEqual([
			'overview',
			'silos',
			'bridges',
			'brokers',
			'edge',
			'communities'
		]);
		for (const f of report.sections.flatMap((s) => s.findings)) {
			expect(['network', 'people', 'teams', 'communities', 'roles']).toContain(f.view);
		}
	});

	it('gives the headline figures counted from the people and ties themselves', () => {
		const teamOf = new Map(demo.people.map((p) => [p.id, p.team]));
		const cross = analysis.ties.filter((t) => teamOf.get(t.source) !== teamOf.get(t.target));
		expect(figure('overview', 'People')).toBe(String(demo.people.length));
		expect(figure('overview', 'Teams')).toBe(String(new Set(demo.people.map((p) => p.team)).size));
		expect(figure('overview', 'Ties')).toBe(analysis.ties.length.toLocaleString('en-GB'));
		expect(figure('overview', 'Cross-team ties')).toBe(
			`${Math.round((100 * cross.length) / analysis.ties.length)}%`
		);
		expect(Number(figure('overview', 'Silo score'))).toBeGreaterThan(0.5);
		const chart = finding('overview').chart;
		expect(chart?.kind).toBe('teamNetwork');
	});

	it('names the siloed team, with most of its ties inside it', () => {
		const members = new Set(
			demo.people.filter((p) => p.team === planted.siloedTeam).map((p) => p.id)
		);
		const inside = analysis.ties.filter((t) => members.has(t.source) && members.has(t.target));
		const outside = analysis.ties.filter((t) => members.has(t.source) !== members.has(t.target));
		const ei = (outside.length - inside.length) / (outside.length + inside.length);
		expect(ei).toBeLessThan(-0.5);
		expect(finding('silos').title).toContain(planted.siloedTeam);
		expect(figure('silos', 'Siloed teams')).toBe('1');
		expect(figure('silos', `E-I index of ${planted.siloedTeam}`)).toBe(ei.toFixed(2));
		const bars = finding('silos').chart as BarChart;
		expect(bars.items.filter((item) => item.emphasis).map((item) => item.label)).toEqual([
			planted.siloedTeam
		]);
		expect(bars.items[0].label).toBe(planted.siloedTeam);
	});

	it('names the planted brokers as brokers and as the people fragile bridges rest on', () => {
		for (const id of planted.brokers) {
			expect(words('brokers')).toContain(nameOf(id));
			expect(words('bridges')).toContain(nameOf(id));
		}
		const brokeredPairs = analysis.fragileBridges.filter((b) =>
			b.teams.includes(planted.brokeredTeam)
		);
		expect(Number(figure('bridges', 'Fragile bridges'))).toBeGreaterThanOrEqual(
			brokeredPairs.length
		);
	});

	it('names the person with no tie and the people with one, and counts them from the ties', () => {
		const tied = new Set(analysis.ties.flatMap((t) => [t.source, t.target]));
		const untied = demo.people.filter((p) => !tied.has(p.id));
		expect(untied.map((p) => p.id)).toEqual(planted.withoutTies);
		expect(figure('edge', 'No recorded tie')).toBe(String(untied.length));
		for (const id of [...planted.withoutTies, ...planted.withOneTie]) {
			expect(words('edge')).toContain(nameOf(id));
		}
	});

	it('counts communities as the Communities view does: groups of two or more, people without ties apart', () => {
		const groups = analysis.communities.filter((c) => c.size >= 2);
		const alone = analysis.people.filter((p) => p.degree === 0);
		expect(alone.length).toBeGreaterThan(0);
		expect(analysis.communities.length).toBe(groups.length + alone.length);
		expect(figure('cross-team-communities', 'Communities')).toBe(String(groups.length));
		// The demo's teams hold their communities: none of them draws on three teams.
		expect(analysis.communities.filter((c) => c.crossTeam)).toEqual([]);
		expect(finding('cross-team-communities').title).toBe(
			`The ${groups.length} groups people work in follow the formal teams`
		);
		expect(words('cross-team-communities')).toContain(
			`${alone.length} ${alone.length === 1 ? 'person' : 'people'} without ties`
		);
	});

	it('finds the weekly guild as the community of practice drawing on the most teams', () => {
		const guild = analysis.practiceCommunities.find((c) => c.title === planted.communityOfPractice);
		const teams = new Set(
			(guild?.members ?? []).map((id) => demo.people.find((p) => p.id === id)?.team)
		);
		expect(teams.size).toBeGreaterThanOrEqual(3);
		expect(finding('practice-communities').title).toBe(
			`${planted.communityOfPractice} brings ${guild?.members.length} regulars from ${teams.size} teams together`
		);
		expect(words('practice-communities')).toContain(`${planted.communityOfPractice} meets weekly`);
		const chart = finding('practice-communities').chart as StackedChart;
		expect(chart.rows[0].label).toBe(planted.communityOfPractice);
		expect(chart.rows[0].segments.reduce((sum, s) => sum + s.value, 0)).toBe(guild?.members.length);
	});

	it('leaves teams below a minimum group size out of per-team figures and says so', () => {
		const small = [...new Set(demo.people.map((p) => p.team))].filter(
			(team) => demo.people.filter((p) => p.team === team).length < 20
		);
		expect(small.length).toBeGreaterThan(0);
		const guarded = buildFindings(analysis, { minGroupSize: 20 });
		const svg = guarded.sections
			.flatMap((s) => s.findings)
			.map((f) => (f.chart ? chartSvg(f.chart) : ''))
			.join('');
		for (const team of small) expect(svg).not.toContain(`>${team.replace('&', '&amp;')}<`);
		expect(guarded.notes.join(' ')).toContain(`${small.length} teams with fewer than 20 people`);
	});

	it('counts only the fragile bridges between teams of the minimum group size towards brokers', () => {
		const small = new Set(analysis.teams.filter((t) => t.size < 20).map((t) => t.team));
		const onBridges = (bridges: typeof analysis.fragileBridges) => {
			const carriers = new Set(bridges.map((bridge) => bridge.person));
			return analysis.people.filter((p) => p.role === 'broker' && carriers.has(p.id)).length;
		};
		const shown = onBridges(
			analysis.fragileBridges.filter((bridge) => !bridge.teams.some((t) => small.has(t)))
		);
		// Some brokers hold only bridges of a small team: naming them would name the bridge's person.
		expect(shown).toBeLessThan(onBridges(analysis.fragileBridges));
		const brokers = buildFindings(analysis, { minGroupSize: 20 })
			.sections.flatMap((s) => s.findings)
			.find((f) => f.id === 'brokers');
		expect(brokers?.figures.find((f) => f.label === 'Also holding a fragile bridge')?.value).toBe(
			String(shown)
		);
	});

	it('says how many fragile bridges are withheld for involving a small team, instead of leaving them unsaid', () => {
		const small = new Set(analysis.teams.filter((t) => t.size < 20).map((t) => t.team));
		const withheld = analysis.fragileBridges.filter((b) =>
			b.teams.some((t) => small.has(t))
		).length;
		const shown = analysis.fragileBridges.length - withheld;
		expect(withheld).toBeGreaterThan(0);
		const bridges = buildFindings(analysis, { minGroupSize: 20 })
			.sections.flatMap((s) => s.findings)
			.find((f) => f.id === 'bridges');
		expect(bridges?.figures.find((f) => f.label === 'Fragile bridges')?.value).toBe(String(shown));
		expect(bridges?.text.join(' ')).toContain(
			`${shown > 0 ? `${withheld} more` : `${withheld} fragile bridges`} involve a team of fewer than 20 people and are not shown.`
		);
		// Without a minimum, nothing is withheld and nothing is said of it.
		expect(words('bridges')).not.toContain('not shown');
	});

	it('adds what changed between two periods when a comparison is given', () => {
		const withChange = buildFindings(analysis, {
			change: {
				periods: ['January', 'February'],
				figures: [{ label: 'Cross-team ties', before: 0.2, after: 0.3, share: true }]
			}
		});
		const change = withChange.sections.find((s) => s.id === 'change');
		expect(change?.findings[0].figures).toEqual([{ label: 'Cross-team ties', value: '20% → 30%' }]);
		expect(chartSvg(change?.findings[0].chart as never)).toContain('January');
	});
});
