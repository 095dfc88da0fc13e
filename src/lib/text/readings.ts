// One sentence that says what a network figure's value means, for people who do not read modularity.
import type { Comparison } from '../change/types';
import type { PathEstimate } from '../metrics/types';
import { countOf, formatFigure, formatShare } from './format';

/** The silo score (modularity of the formal teams), read. */
export function siloReading(score: number | null): string {
	if (score === null) return 'Not enough ties to tell.';
	if (score < 0.1)
		return 'Teams mix freely: little more work stays inside teams than chance would give.';
	if (score < 0.25) return 'Teams lean inward but collaborate widely with each other.';
	if (score < 0.4) return 'Most collaboration stays inside teams.';
	// The score weighs ties by time together: many light ties across teams can sit beside it.
	return 'Teams work largely as silos: far more of their time together stays inside them than chance would give.';
}

/** The modularity of the communities found from the ties, read. */
export function communityReading(modularity: number | null): string {
	if (modularity === null) return 'Not enough ties to tell.';
	if (modularity < 0.1)
		return 'No clear groups: collaboration spreads across the whole organisation.';
	if (modularity < 0.3)
		return 'Loose groups: people lean towards their group but work well beyond it.';
	if (modularity < 0.5)
		return 'Clear groups: most collaboration stays within a few distinct groups.';
	return 'Strongly separate groups, with few ties between them.';
}

/** The agreement (NMI) between communities and teams, read. */
export function teamMatchReading(nmi: number | null): string {
	if (nmi === null) return 'Not enough ties to tell.';
	if (nmi >= 0.8) return 'The groups people work in are essentially the formal teams.';
	if (nmi >= 0.5) return 'The groups largely follow the teams, with some mixing across them.';
	if (nmi >= 0.25)
		return 'The groups only partly follow the teams: much work is organised across them.';
	return 'The groups cut across the teams: the org chart says little about who works together.';
}

/** Teams with their member counts, most members first, then by name. */
export function teamsBySize(teams: Record<string, number>): { team: string; count: number }[] {
	return Object.entries(teams)
		.filter(([, count]) => count > 0)
		.map(([team, count]) => ({ team, count }))
		.sort((a, b) => b.count - a.count || (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
}

/** Teams with their member counts as teamsBySize orders them, then the teams whose counts are withheld (null) by name. */
export function teamMix(
	teams: Readonly<Record<string, number | null>>
): { team: string; count: number | null }[] {
	const shown = Object.entries(teams).filter(
		(entry): entry is [string, number] => entry[1] !== null
	);
	const withheld = Object.keys(teams)
		.filter((team) => teams[team] === null)
		.sort();
	return [
		...teamsBySize(Object.fromEntries(shown)),
		...withheld.map((team) => ({ team, count: null }))
	];
}

/** What an estimate of the path figures rests on and how far off it may be; null when they are exact. */
export function pathEstimateReading(paths: PathEstimate): string | null {
	if (paths.exact) return null;
	return (
		`Distances, closeness and betweenness are estimated from the shortest paths of ` +
		`${paths.sources.toLocaleString('en-GB')} people chosen at random: standard error ` +
		`±${formatFigure(paths.averagePathLengthError, 3)} on the average distance, ` +
		`±${formatShare(paths.betweennessRelativeError)} on the highest betweenness figures.`
	);
}

/** What is said of fragile bridges left out because one of their teams is under the minimum group size. */
export function withheldBridgesSentence(
	withheld: number,
	anyShown: boolean,
	minGroupSize: number
): string {
	const one = withheld === 1;
	return (
		`${anyShown ? `${withheld} more` : countOf(withheld, 'fragile bridge')} ${one ? 'involves' : 'involve'} ` +
		`a team of fewer than ${minGroupSize} people and ${one ? 'is' : 'are'} not shown.`
	);
}

/**
 * What to say when a compared period holds no tie (the last four weeks of data that stopped earlier, say): every
 * tie of the other period then shows as gained or lost. Null when both periods hold ties.
 */
export function emptyPeriodSentence(ties: Comparison['ties']): string | null {
	const inA = ties.lost.length + ties.kept;
	const inB = ties.gained.length + ties.kept;
	if (inA > 0 && inB > 0) return null;
	const none = 'under the current settings no meeting or interaction counts in';
	if (inA === 0 && inB === 0)
		return `Neither period holds a tie: ${none} either. Pick periods where the timeline shows activity.`;
	return inA === 0
		? `Period A holds no tie: ${none} it, so every tie of B shows as gained.`
		: `Period B holds no tie: ${none} it, so every tie of A shows as lost.`;
}
