// Turns a comparison of two periods (src/lib/change) into the "What changed" input of the findings.
import type { Comparison } from '../change/types';
import { periodText } from '../change/periods';
import type { ChangeInput } from './types';
import { countOf } from '../text/format';

const TEAMS_SHOWN = 5;
const NAMED_AT_MOST = 6;

export function changeInput(comparison: Comparison): ChangeInput {
	const { gained, lost, kept } = comparison.ties;
	const crossGained = gained.filter((tie) => tie.crossTeam).length;
	const crossLost = lost.filter((tie) => tie.crossTeam).length;
	// The teams whose E-I index moved most: a team turning inward (or outward) is the change leaders ask about.
	const teams = comparison.teams
		.filter((team) => team.change.eiIndex !== null && team.a !== null && team.b !== null)
		.sort((x, y) => Math.abs(y.change.eiIndex ?? 0) - Math.abs(x.change.eiIndex ?? 0))
		.slice(0, TEAMS_SHOWN);
	const drifting = comparison.drifting;
	const kinds = (kind: 'formed' | 'merged' | 'dissolved') =>
		comparison.communities.filter((c) => c.kind === kind).length;
	const communityNotes = [
		kinds('formed') > 0 ? `${countOf(kinds('formed'), 'community', 'communities')} formed` : '',
		kinds('merged') > 0 ? `${countOf(kinds('merged'), 'community', 'communities')} merged` : '',
		kinds('dissolved') > 0
			? `${countOf(kinds('dissolved'), 'community', 'communities')} dissolved`
			: ''
	].filter(Boolean);
	return {
		// "2026-01-05 – 2026-02-01": the CLI's `..` reads as a typo in a sentence.
		periods: [comparison.periods.a, comparison.periods.b].map((p) =>
			periodText(p).replace('..', ' – ')
		) as [string, string],
		figures: [
			{ label: 'Ties', before: kept + lost.length, after: kept + gained.length },
			...teams.map((team) => ({
				label: `E-I index of ${team.team}`,
				before: team.a?.eiIndex as number,
				after: team.b?.eiIndex as number
			}))
		],
		notes: [
			`${countOf(gained.length, 'tie')} formed and ${countOf(lost.length, 'tie')} ended, ${countOf(kept, 'tie')} held; ` +
				`${crossGained.toLocaleString('en-GB')} of the new ties and ${crossLost.toLocaleString('en-GB')} of the ended ones join different teams.`,
			...(drifting.length > 0
				? [
						`${countOf(drifting.length, 'person', 'people')} drifted towards the edge (half their ties or more gone, ` +
							`or moved to the edge): ${drifting
								.slice(0, NAMED_AT_MOST)
								.map((p) => `${p.name} (${p.team})`)
								.join(', ')}${drifting.length > NAMED_AT_MOST ? ', and others' : ''}.`
					]
				: ['No one drifted towards the edge.']),
			...(communityNotes.length > 0 ? [`Communities: ${communityNotes.join(', ')}.`] : [])
		]
	};
}
