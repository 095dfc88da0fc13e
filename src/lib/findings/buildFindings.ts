// Writes the story of one analysis in plain words: each finding with its figures, a chart and the view that shows it.
// It sits beside the viz helpers it reads (formats, readings, team colours) and, like them, imports no Svelte.
import { brokersByBetweenness, keyFacts } from '../analysis/keyFacts';
import type { Analysis, PersonResult } from '../analysis/types';
import type { TeamMetrics } from '../metrics/types';
import { shownBridges, smallTeams } from '../privacy/minGroupSize';
import { countOf, formatFigure, formatShare } from '../text/format';
import {
	pathEstimateReading,
	siloReading,
	teamMatchReading,
	teamsBySize,
	withheldBridgesSentence
} from '../text/readings';
import { isUnlisted, teamColours } from '../viz/teamColors';
import type {
	ChangeInput,
	Finding,
	FindingsOptions,
	FindingsReport,
	FindingsSection,
	StackedChart
} from './types';

/** A team whose E-I index is at or below this keeps at least three ties in four inside: a silo. */
export const SILO_EI_INDEX = -0.5;
/** Teams smaller than this are too small for their E-I index to say much about silos. */
const SILO_MIN_SIZE = 3;
const NAMED_AT_MOST = 6;
const CHART_ROWS = 8;
const ISOLATED_COLOUR = '#d55e00';
const EDGE_COLOUR = '#e69f00';
const SMALL_TEAMS = 'Smaller teams';
const SMALL_TEAMS_COLOUR = '#a7adb5';

const count = (n: number) => n.toLocaleString('en-GB');

/** "A", "A and B", "A, B and C". */
function list(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

interface Context {
	analysis: Analysis;
	colourOf: (team: string) => string;
	byId: Map<string, PersonResult>;
	/** Teams of the organisation (not External or Unknown) that are large enough to report on. */
	shownTeams: TeamMetrics[];
	/** Teams left out of per-team figures for being smaller than the minimum group size. */
	suppressed: Set<string>;
	/** Every team smaller than the minimum group size, External and Unknown too: whatever names their figures. */
	withheld: Set<string>;
	minGroupSize: number;
}

function context(analysis: Analysis, options: FindingsOptions): Context {
	const minGroupSize = options.minGroupSize ?? 0;
	const listed = analysis.teams.filter((team) => !isUnlisted(team.team));
	return {
		analysis,
		colourOf: teamColours(analysis.teams).colourOf,
		byId: new Map(analysis.people.map((person) => [person.id, person])),
		shownTeams: listed.filter((team) => team.size >= minGroupSize),
		suppressed: new Set(listed.filter((team) => team.size < minGroupSize).map((team) => team.team)),
		withheld: smallTeams(analysis, minGroupSize),
		minGroupSize
	};
}

const nameOf = (ctx: Context, id: string) => ctx.byId.get(id)?.name ?? id;
const keptInside = (ctx: Context, team: string) =>
	ctx.analysis.teamMatrix.find((cell) => cell.from === team && cell.to === team)?.share ?? 0;

function overview(ctx: Context): Finding {
	const { network, teamMatrix } = ctx.analysis;
	const facts = keyFacts(ctx.analysis);
	const teams = ctx.shownTeams.length + ctx.suppressed.size;
	const shown = new Set(ctx.shownTeams.map((team) => team.team));
	const siloed = new Set(siloedTeams(ctx).map((team) => team.team));
	const cutOff = network.people - Math.round(network.largestComponentShare * network.people);
	const connected =
		network.components <= 1
			? `Everyone can reach everyone else through a chain of colleagues` +
				(network.averagePathLength === null
					? '.'
					: `, in ${formatFigure(network.averagePathLength, 1)} steps on average.`)
			: `${formatShare(network.largestComponentShare)} of people are in one connected network; ` +
				`${cutOff === 1 ? 'one person is' : `${count(cutOff)} people are`} cut off from it.`;
	return {
		id: 'overview',
		title: `${countOf(network.people, 'person', 'people')} in ${countOf(teams, 'team')}, joined by ${countOf(network.ties, 'working tie')}`,
		text: [
			network.ties === 0
				? 'No ties were recorded, so nothing can be said yet about how the teams work together.'
				: `${formatShare(facts.crossTeamShare)} of the ties join people in different teams. The silo score ` +
					`(how far ties stay inside the formal teams, from 0 to 1) is ` +
					`${formatFigure(network.modularityOfTeams, 2)}: ${siloReading(network.modularityOfTeams)}`,
			connected
		],
		figures: [
			{ label: 'People', value: count(network.people) },
			{ label: 'Teams', value: count(teams) },
			{ label: 'Ties', value: count(network.ties) },
			{ label: 'Cross-team ties', value: formatShare(facts.crossTeamShare) },
			{ label: 'Silo score', value: formatFigure(network.modularityOfTeams, 2) }
		],
		chart:
			ctx.shownTeams.length < 2
				? null
				: {
						kind: 'teamNetwork',
						caption:
							'Teams sized by their people, joined by lines as thick as their collaboration' +
							(siloed.size > 0 ? '; outlined, the teams that keep most of their ties inside' : ''),
						teams: [...ctx.shownTeams]
							.sort((a, b) => b.size - a.size || (a.team < b.team ? -1 : 1))
							.map((team) => ({
								team: team.team,
								size: team.size,
								colour: ctx.colourOf(team.team),
								emphasis: siloed.has(team.team)
							})),
						links: teamMatrix
							.filter(
								(cell) =>
									cell.from < cell.to &&
									cell.weight > 0 &&
									shown.has(cell.from) &&
									shown.has(cell.to)
							)
							.map((cell) => ({ a: cell.from, b: cell.to, weight: cell.weight }))
					},
		view: 'network'
	};
}

function siloedTeams(ctx: Context): TeamMetrics[] {
	return ctx.shownTeams
		.filter(
			(team) => team.size >= SILO_MIN_SIZE && team.eiIndex !== null && team.eiIndex <= SILO_EI_INDEX
		)
		.sort((a, b) => (a.eiIndex as number) - (b.eiIndex as number));
}

function silos(ctx: Context): Finding {
	const siloed = siloedTeams(ctx);
	const rated = ctx.shownTeams
		.filter((team) => team.eiIndex !== null)
		.sort((a, b) => (a.eiIndex as number) - (b.eiIndex as number));
	const inward = rated.find((team) => team.size >= SILO_MIN_SIZE) ?? rated[0];
	const describe = (team: TeamMetrics) =>
		`${team.team} (${countOf(team.size, 'person', 'people')}): E-I index ${formatFigure(team.eiIndex, 2)}, ` +
		`${formatShare(keptInside(ctx, team.team))} of its collaboration stays inside the team, ` +
		`${countOf(team.externalTies, 'tie')} to people in other teams.`;
	const only = siloed.length === 1 ? siloed[0] : null;
	const title = only
		? `${only.team} keeps ${formatShare(keptInside(ctx, only.team))} of its collaboration inside the team`
		: siloed.length > 1
			? `${countOf(siloed.length, 'team')} keep most of their collaboration inside: ${list(siloed.map((t) => t.team))}`
			: `No team of ${SILO_MIN_SIZE} or more keeps three in four of its ties inside`;
	const text = [
		'The E-I index compares a team’s ties to other teams (external) with its ties inside (internal): -1 means ' +
			'every tie stays inside the team, +1 that every tie crosses to another team. At -0.5 or below, at least ' +
			'three ties in four stay inside, and the team is likely to hear late of what happens elsewhere.',
		...(siloed.length > 0
			? siloed.slice(0, NAMED_AT_MOST).map(describe)
			: inward
				? [`The most inward team is ${describe(inward)}`]
				: [])
	];
	return {
		id: 'silos',
		title,
		text,
		figures: [
			{ label: 'Siloed teams', value: count(siloed.length) },
			...(inward
				? [
						{ label: `E-I index of ${inward.team}`, value: formatFigure(inward.eiIndex, 2) },
						{ label: 'Kept inside', value: formatShare(keptInside(ctx, inward.team)) }
					]
				: [])
		],
		chart:
			rated.length === 0
				? null
				: {
						kind: 'bars',
						caption:
							'E-I index of each team, from -1 (all ties inside) to +1 (all ties across teams)',
						domain: [-1, 1],
						items: rated.map((team) => ({
							label: team.team,
							value: team.eiIndex as number,
							display: formatFigure(team.eiIndex, 2),
							colour: ctx.colourOf(team.team),
							emphasis: siloed.includes(team)
						}))
					},
		view: 'teams'
	};
}

const bridgesShown = (ctx: Context) => shownBridges(ctx.analysis.fragileBridges, ctx.withheld);

function bridges(ctx: Context): Finding {
	const fragile = bridgesShown(ctx);
	const withheld = ctx.analysis.fragileBridges.length - fragile.length;
	const carriers = new Map<string, number>();
	for (const bridge of fragile) carriers.set(bridge.person, (carriers.get(bridge.person) ?? 0) + 1);
	const ranked = [...carriers.entries()].sort(
		(a, b) => b[1] - a[1] || (nameOf(ctx, a[0]) < nameOf(ctx, b[0]) ? -1 : 1)
	);
	const first = fragile[0];
	const personText = (id: string, pairs: number) => {
		const person = ctx.byId.get(id);
		return `${nameOf(ctx, id)} (${person ? `${person.team}, ` : ''}${countOf(pairs, 'pair')})`;
	};
	return {
		id: 'bridges',
		title:
			fragile.length > 0
				? `${countOf(fragile.length, 'pair')} of teams stay in touch through one person`
				: withheld > 0
					? 'Fragile bridges involve only teams too small to show'
					: 'No pair of teams depends on one person to stay in touch',
		text: [
			'A pair of teams is a fragile bridge when one person is on the ties carrying half or more of the ' +
				'collaboration between them: if that person left, moved or was overloaded, the two teams would largely lose touch.',
			...(fragile.length === 0
				? []
				: [
						`They rest on ${countOf(ranked.length, 'person', 'people')}: ` +
							`${list(ranked.slice(0, NAMED_AT_MOST).map(([id, pairs]) => personText(id, pairs)))}` +
							`${ranked.length > NAMED_AT_MOST ? ', and others' : ''}.`,
						`Most at risk: between ${first.teams[0]} and ${first.teams[1]}, ${nameOf(ctx, first.person)} ` +
							`is on ties carrying ${formatShare(first.share)} of the collaboration.`
					]),
			...(withheld > 0
				? [withheldBridgesSentence(withheld, fragile.length > 0, ctx.minGroupSize)]
				: [])
		],
		figures: [
			{ label: 'Fragile bridges', value: count(fragile.length) },
			{ label: 'People they rest on', value: count(ranked.length) }
		],
		chart:
			fragile.length === 0
				? null
				: {
						kind: 'bridges',
						caption:
							'Fragile bridges, most weight at risk first: each pair of teams with the person most of their collaboration goes through',
						rows: fragile.slice(0, CHART_ROWS).map((bridge) => ({
							teams: bridge.teams,
							colours: [ctx.colourOf(bridge.teams[0]), ctx.colourOf(bridge.teams[1])],
							person: nameOf(ctx, bridge.person),
							personColour: ctx.colourOf(ctx.byId.get(bridge.person)?.team ?? ''),
							share: bridge.share,
							weight: bridge.weight
						}))
					},
		view: 'teams'
	};
}

function brokers(ctx: Context): Finding {
	const found = brokersByBetweenness(ctx.analysis.people);
	const onBridges = new Set(bridgesShown(ctx).map((bridge) => bridge.person));
	const alsoBridges = found.filter((person) => onBridges.has(person.id)).length;
	const top = found.slice(0, NAMED_AT_MOST);
	return {
		id: 'brokers',
		title:
			found.length === 0
				? 'No one stands out as a broker between teams'
				: `${countOf(found.length, 'person', 'people')} ${found.length === 1 ? 'brokers' : 'broker'} between teams; ${list(top.slice(0, 3).map((p) => p.name))} most of all`,
		text: [
			'Brokers link groups that would otherwise be apart: they lie on many of the shortest paths between ' +
				'colleagues (betweenness in the top tenth), their contacts are not all tied to each other, and they ' +
				'work with several other teams. Ideas and news cross the organisation through them; they are also ' +
				'the people whose departure or overload would slow it most.',
			...(top.length === 0
				? []
				: [
						`The strongest: ${list(
							top.map(
								(p) =>
									`${p.name} (${p.team}, betweenness ${formatFigure(p.betweenness)}, ties to ${countOf(p.otherTeams, 'other team')})`
							)
						)}.`
					]),
			...(alsoBridges > 0
				? [
						`${countOf(alsoBridges, 'broker')} also hold${alsoBridges === 1 ? 's' : ''} a fragile bridge.`
					]
				: [])
		],
		figures: [
			{ label: 'Brokers', value: count(found.length) },
			...(top[0]
				? [
						{
							label: `Highest betweenness (${top[0].name})`,
							value: formatFigure(top[0].betweenness)
						}
					]
				: []),
			{ label: 'Also holding a fragile bridge', value: count(alsoBridges) }
		],
		chart:
			found.length === 0
				? null
				: {
						kind: 'bars',
						caption:
							'Betweenness of the strongest brokers, coloured by team; in bold, those who also hold a fragile bridge',
						domain: [0, found[0].betweenness || 1],
						items: found.slice(0, CHART_ROWS).map((p) => ({
							label: p.name,
							value: p.betweenness,
							display: formatFigure(p.betweenness),
							colour: ctx.colourOf(p.team),
							emphasis: onBridges.has(p.id)
						}))
					},
		view: 'roles'
	};
}

function edge(ctx: Context): Finding {
	const inOrg = ctx.analysis.people.filter((p) => !isUnlisted(p.team));
	const isolated = inOrg.filter((p) => p.isolated);
	const atEdge = inOrg.filter((p) => p.atEdge && !p.isolated);
	const named = isolated.filter((p) => !ctx.suppressed.has(p.team));
	const oneTie = atEdge.filter((p) => p.degree === 1 && !ctx.suppressed.has(p.team));
	const rows = ctx.shownTeams
		.map((team) => {
			const members = inOrg.filter((p) => p.team === team.team);
			const alone = members.filter((p) => p.isolated).length;
			const edgeCount = members.filter((p) => p.atEdge && !p.isolated).length;
			return { team, alone, edgeCount, share: (alone + edgeCount) / Math.max(team.size, 1) };
		})
		.filter((row) => row.alone + row.edgeCount > 0)
		.sort((a, b) => b.share - a.share || (a.team.team < b.team.team ? -1 : 1));
	return {
		id: 'edge',
		title: `${countOf(isolated.length, 'person', 'people')} with no recorded tie, ${count(atEdge.length)} more at the edge`,
		text: [
			'At the edge means one tie at most, or no tie outside their own team: people who are easy to lose ' +
				'touch with and who hear little of what happens elsewhere. New joiners, part-timers and people whose ' +
				'work is not in meetings show up here too, so read this as a list of conversations to have, not a verdict.',
			...(named.length > 0
				? [
						`No recorded tie: ${list(named.slice(0, 10).map((p) => `${p.name} (${p.team})`))}` +
							`${named.length > 10 ? `, and ${count(named.length - 10)} more` : ''}.`
					]
				: []),
			...(oneTie.length > 0
				? [
						`One tie only: ${list(oneTie.slice(0, 10).map((p) => `${p.name} (${p.team})`))}` +
							`${oneTie.length > 10 ? `, and ${count(oneTie.length - 10)} more` : ''}.`
					]
				: []),
			...(rows.length > 0
				? [
						`Most at the edge, as a share of the team: ${list(
							rows.slice(0, 3).map((row) => `${row.team.team} (${formatShare(row.share)})`)
						)}.`
					]
				: [])
		],
		figures: [
			{ label: 'No recorded tie', value: count(isolated.length) },
			{ label: 'At the edge', value: count(atEdge.length) },
			{
				label: 'Share of the organisation',
				value: formatShare((isolated.length + atEdge.length) / Math.max(inOrg.length, 1))
			}
		],
		chart:
			rows.length === 0
				? null
				: {
						kind: 'stacked',
						caption: 'People with no tie and people at the edge, in each team',
						legend: [
							{ label: 'No tie', colour: ISOLATED_COLOUR },
							{ label: 'At the edge', colour: EDGE_COLOUR }
						],
						rows: rows.slice(0, 12).map((row) => ({
							label: row.team.team,
							display: `${count(row.alone + row.edgeCount)} of ${count(row.team.size)}`,
							segments: [
								{ label: 'No tie', value: row.alone, colour: ISOLATED_COLOUR },
								{ label: 'At the edge', value: row.edgeCount, colour: EDGE_COLOUR }
							]
						}))
					},
		view: 'people'
	};
}

/** A composition chart of groups by team, small teams folded into one grey segment. */
function composition(
	ctx: Context,
	caption: string,
	groups: { label: string; teams: Record<string, number> }[]
): StackedChart {
	const fold = (teams: Record<string, number>) => {
		const folded: Record<string, number> = {};
		for (const { team, count: n } of teamsBySize(teams)) {
			const key = ctx.withheld.has(team) ? SMALL_TEAMS : team;
			folded[key] = (folded[key] ?? 0) + n;
		}
		return teamsBySize(folded);
	};
	const colour = (team: string) => (team === SMALL_TEAMS ? SMALL_TEAMS_COLOUR : ctx.colourOf(team));
	const rows = groups.map((group) => {
		const teams = fold(group.teams);
		const total = teams.reduce((sum, t) => sum + t.count, 0);
		return {
			label: group.label,
			display: `${count(total)} from ${countOf(teams.length, 'team')}`,
			segments: teams.map((t) => ({ label: t.team, value: t.count, colour: colour(t.team) }))
		};
	});
	// Teams sharing a colour (the palette's grey past its seven hues) share one legend entry.
	const byColour = new Map<string, string[]>();
	for (const team of [...new Set(rows.flatMap((row) => row.segments.map((s) => s.label)))].sort()) {
		byColour.set(colour(team), [...(byColour.get(colour(team)) ?? []), team]);
	}
	const legend = [...byColour.entries()].map(([hue, teams]) => ({
		label: teams.length === 1 ? teams[0] : 'Other teams',
		colour: hue
	}));
	return { kind: 'stacked', caption, rows, legend };
}

function communities(ctx: Context): Finding {
	const { communities: all, network } = ctx.analysis;
	const cross = all.filter((c) => c.crossTeam);
	// As the Communities view counts them: a person without ties is a "community" of one to Louvain, not a group.
	const groups = all.filter((c) => c.size > 1);
	const alone = all.length - groups.length;
	const shown = (cross.length > 0 ? cross : groups).slice(0, CHART_ROWS);
	return {
		id: 'cross-team-communities',
		title:
			cross.length > 0
				? `${countOf(cross.length, 'community', 'communities')} of the ${count(groups.length)} found in the ties draw on three or more teams`
				: `The ${countOf(groups.length, 'group')} people work in follow the formal teams`,
		text: [
			'Communities are the groups people actually work in, found from the ties alone (Louvain). A community ' +
				'that draws at least two people and a tenth of its members from each of three or more teams is work ' +
				'organised across the org chart: a candidate community of practice.' +
				(alone > 0
					? ` ${countOf(alone, 'person', 'people')} without ties ${alone === 1 ? 'belongs' : 'belong'} to none.`
					: ''),
			`How far the groups match the teams: ${formatFigure(network.teamCommunityNMI, 2)} (1 when they are the teams). ` +
				teamMatchReading(network.teamCommunityNMI)
		],
		figures: [
			{ label: 'Communities', value: count(groups.length) },
			{ label: 'Across three or more teams', value: count(cross.length) },
			{ label: 'Match with teams', value: formatFigure(network.teamCommunityNMI, 2) }
		],
		chart:
			shown.length === 0
				? null
				: composition(
						ctx,
						cross.length > 0
							? 'Cross-team communities by the teams their members come from'
							: 'The largest communities by the teams their members come from',
						shown.map((c) => ({
							label: `Community ${c.id + 1} (${c.size})`,
							teams: c.teams
						}))
					),
		view: 'communities'
	};
}

function practice(ctx: Context): Finding {
	const found = [...ctx.analysis.practiceCommunities].sort(
		(a, b) =>
			Object.keys(b.teams).length - Object.keys(a.teams).length ||
			b.members.length - a.members.length ||
			(a.title < b.title ? -1 : 1)
	);
	const average = (attendance: { attendees: number }[]) =>
		attendance.length === 0
			? 0
			: attendance.reduce((sum, a) => sum + a.attendees, 0) / attendance.length;
	const describe = (c: (typeof found)[number]) =>
		`${c.title} meets ${c.cadence === 'irregular' ? 'irregularly' : c.cadence} (${countOf(c.occurrences, 'meeting')}, ` +
		`${formatFigure(average(c.attendance), 1)} attending on average); its ${countOf(c.members.length, 'regular')} ` +
		`come from ${countOf(Object.keys(c.teams).length, 'team')}.`;
	const top = found[0];
	return {
		id: 'practice-communities',
		title: top
			? `${top.title} brings ${countOf(top.members.length, 'regular')} from ${countOf(Object.keys(top.teams).length, 'team')} together`
			: 'No recurring meeting brings teams together',
		text: [
			'Communities of practice show in calendars as recurring meetings whose regulars (at half or more of the ' +
				'meetings) come from three or more teams: guilds, chapters and working groups that carry knowledge across the organisation.',
			...(found.length === 0
				? [
						'None was found: either the data has no calendars, or no recurring meeting has regulars from three or more teams.'
					]
				: [
						`${countOf(found.length, 'recurring meeting')} do${found.length === 1 ? 'es' : ''} this. ` +
							found.slice(0, 3).map(describe).join(' ')
					])
		],
		figures: [
			{ label: 'Communities of practice', value: count(found.length) },
			...(top
				? [{ label: `Teams at ${top.title}`, value: count(Object.keys(top.teams).length) }]
				: [])
		],
		chart:
			found.length === 0
				? null
				: composition(
						ctx,
						'Regular attendees of each community of practice by team',
						found.slice(0, 6).map((c) => ({ label: c.title, teams: c.teams }))
					),
		view: 'communities'
	};
}

function changed(input: ChangeInput): Finding {
	const [before, after] = input.periods;
	const write = (value: number, share?: boolean) =>
		share ? formatShare(value) : formatFigure(value, 2);
	return {
		id: 'change',
		title: `What changed from ${before} to ${after}`,
		text: input.notes ?? [],
		figures: input.figures.map((f) => ({
			label: f.label,
			value: `${write(f.before, f.share)} → ${write(f.after, f.share)}`
		})),
		chart:
			input.figures.length === 0
				? null
				: {
						kind: 'change',
						caption: `Figures in ${before} and in ${after}`,
						periods: [before, after],
						rows: input.figures.map((f) => ({
							label: f.label,
							before: f.before,
							after: f.after,
							display: [write(f.before, f.share), write(f.after, f.share)]
						}))
					},
		view: 'change'
	};
}

/** The report of one analysis, section by section, in the order a leadership team reads it. */
export function buildFindings(analysis: Analysis, options: FindingsOptions = {}): FindingsReport {
	const ctx = context(analysis, options);
	const sections: FindingsSection[] = [
		{ id: 'overview', title: 'The organisation at a glance', findings: [overview(ctx)] },
		{ id: 'silos', title: 'Siloed teams', findings: [silos(ctx)] },
		{ id: 'bridges', title: 'Fragile bridges', findings: [bridges(ctx)] },
		{ id: 'brokers', title: 'Brokers', findings: [brokers(ctx)] },
		{ id: 'edge', title: 'Isolated and at the edge', findings: [edge(ctx)] },
		{
			id: 'communities',
			title: 'Communities across teams',
			findings: [communities(ctx), practice(ctx)]
		}
	];
	if (options.change) {
		sections.push({ id: 'change', title: 'What changed', findings: [changed(options.change)] });
	}
	const estimate = pathEstimateReading(analysis.network.paths);
	const notes = [
		'Ties are recorded collaboration (meetings, messages or interactions in the data given), not friendship ' +
			'or the quality of work. Each finding names the Weft view that shows it in full.',
		...(estimate ? [estimate] : []),
		...(ctx.suppressed.size > 0
			? [
					`${countOf(ctx.suppressed.size, 'team')} with fewer than ${count(ctx.minGroupSize)} people ` +
						`${ctx.suppressed.size === 1 ? 'is' : 'are'} left out of the per-team figures, to protect the people in ${ctx.suppressed.size === 1 ? 'it' : 'them'}.`
				]
			: [])
	];
	return {
		title: 'Collaboration findings',
		subtitle:
			`${options.source ? `${options.source[0].toUpperCase()}${options.source.slice(1)}: ` : ''}${countOf(analysis.network.people, 'person', 'people')}, ` +
			`${countOf(ctx.shownTeams.length + ctx.suppressed.size, 'team')}, ${countOf(analysis.network.ties, 'tie')}`,
		sections,
		notes
	};
}
