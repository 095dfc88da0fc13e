// Key facts on the kite: the brokers the roles name, and the team with the fewest outside ties is the most inward.
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import { keyFacts } from '../../../src/lib/analysis/keyFacts';
import { withRoles } from '../../../src/lib/analysis/withRoles';
import { DEFAULT_ROLE_RULES } from '../../../src/lib/insight/roles';
import { referenceNetwork } from '../metrics/referenceGraphs';

const kite = () => analyzeNetwork(referenceNetwork('kite'));

describe('keyFacts', () => {
	it('names the brokers the Roles view names, highest betweenness first', async () => {
		const analysis = await kite();
		// Under the default rules nobody in the kite is a broker, though heather (0.389) and six others have betweenness.
		expect(keyFacts(withRoles(analysis, DEFAULT_ROLE_RULES)).brokers).toEqual([]);
		// Looser rules make three brokers: fernando and garth 0.231 (tied; order among equals is stable), diane 0.102.
		const loose = withRoles(analysis, {
			...DEFAULT_ROLE_RULES,
			brokerTopShare: 0.5,
			brokerConstraintQuantile: 1,
			brokerMinOtherTeams: 1
		});
		expect(keyFacts(loose).brokers.map((p) => p.id)).toEqual(['fernando', 'garth', 'diane']);
	});

	it('names the most inward team and the cross-team share', async () => {
		const facts = keyFacts(await kite());
		// left: 7 ties inside, 6 across (E-I -1/13); right: 5 inside, 6 across (E-I 1/11).
		expect(facts.mostInwardTeam?.team).toBe('left');
		expect(facts.mostInwardTeam?.eiIndex).toBeCloseTo(-1 / 13, 12);
		expect(facts.crossTeamShare).toBeCloseTo(6 / 18, 12);
		expect(facts.isolated).toBe(0);
		// jane has one tie; heather and ike have ties only inside 'right'.
		expect(facts.atEdge).toBe(3);
	});

	it('names no team under the minimum group size as the most inward: its E-I index is withheld', async () => {
		const analysis = await kite();
		// Both teams have five people: shown at a minimum of 5, both withheld at 6.
		expect(keyFacts(analysis, { minGroupSize: 5 }).mostInwardTeam?.team).toBe('left');
		expect(keyFacts(analysis, { minGroupSize: 6 }).mostInwardTeam).toBeNull();
	});
});
