// Key facts on the kite: its bridge is the top broker, and the team with the fewest outside ties is the most inward.
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/lib/analysis/analyzeNetwork';
import { keyFacts } from '../../../src/lib/analysis/keyFacts';
import { referenceNetwork } from '../metrics/referenceGraphs';

const kite = () => analyzeNetwork(referenceNetwork('kite'));

describe('keyFacts', () => {
	it('names the highest-betweenness people, the most inward team and the cross-team share', async () => {
		const facts = keyFacts(await kite());
		// networkx: heather 0.389, fernando and garth 0.231 (tied; order among equals is stable).
		expect(facts.brokers.map((p) => p.id)).toEqual(['heather', 'fernando', 'garth']);
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
