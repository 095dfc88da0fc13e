// The sentences that read network figures, and the team mix of a community.
import { describe, expect, it } from 'vitest';
import {
	communityReading,
	emptyPeriodSentence,
	pathEstimateReading,
	siloReading,
	teamMatchReading,
	teamMix,
	teamsBySize,
	withheldBridgesSentence
} from '../../../src/lib/text/readings';

describe('readings', () => {
	it('reads a high silo score as silos and a low one as mixing', () => {
		expect(siloReading(0.55)).toMatch(/silos/);
		// It reads time together, not the number of ties: a team can be a silo by time and cross teams in most ties.
		expect(siloReading(0.55)).not.toMatch(/few ties/);
		expect(siloReading(0.02)).toMatch(/mix freely/);
		expect(siloReading(null)).toMatch(/Not enough/);
	});

	it('reads community strength from no groups to separate groups', () => {
		expect(communityReading(0.05)).toMatch(/No clear groups/);
		expect(communityReading(0.42)).toMatch(/Clear groups/);
	});

	it('reads a team match of 1 as communities being the teams', () => {
		expect(teamMatchReading(1)).toMatch(/essentially the formal teams/);
		expect(teamMatchReading(0.1)).toMatch(/cut across/);
	});
});

describe('teamsBySize', () => {
	it('lists teams with members, most first, ties by name', () => {
		expect(teamsBySize({ Sales: 2, Finance: 5, Design: 2, Legal: 0 })).toEqual([
			{ team: 'Finance', count: 5 },
			{ team: 'Design', count: 2 },
			{ team: 'Sales', count: 2 }
		]);
	});
});

describe('teamMix', () => {
	it('orders shown counts as teamsBySize, then the withheld (null) teams by name, whatever their size', () => {
		expect(teamMix({ Sales: 2, Tiny: null, Finance: 5, Alone: null, Legal: 0 })).toEqual([
			{ team: 'Finance', count: 5 },
			{ team: 'Sales', count: 2 },
			{ team: 'Alone', count: null },
			{ team: 'Tiny', count: null }
		]);
	});
});

describe('pathEstimateReading', () => {
	it('says nothing of exact figures and states the sample and errors of estimated ones', () => {
		const exact = {
			exact: true,
			sources: 250,
			averagePathLengthError: 0,
			betweennessRelativeError: 0
		};
		expect(pathEstimateReading(exact)).toBeNull();
		expect(
			pathEstimateReading({
				exact: false,
				sources: 2000,
				averagePathLengthError: 0.0123,
				betweennessRelativeError: 0.041
			})
		).toBe(
			'Distances, closeness and betweenness are estimated from the shortest paths of 2,000 people ' +
				'chosen at random: standard error ±0.012 on the average distance, ±4% on the highest ' +
				'betweenness figures.'
		);
	});

	it('says how many fragile bridges a small team withholds, after those shown or alone', () => {
		expect(withheldBridgesSentence(1, false, 5)).toBe(
			'1 fragile bridge involves a team of fewer than 5 people and is not shown.'
		);
		expect(withheldBridgesSentence(3, true, 5)).toBe(
			'3 more involve a team of fewer than 5 people and are not shown.'
		);
	});

	it('says when a compared period holds no tie, and which way that reads', () => {
		const tie = { source: 'a', target: 'b', weight: 1, crossTeam: false };
		expect(emptyPeriodSentence({ gained: [tie], lost: [tie], kept: 0 })).toBeNull();
		expect(emptyPeriodSentence({ gained: [], lost: [], kept: 3 })).toBeNull();
		expect(emptyPeriodSentence({ gained: [tie, tie], lost: [], kept: 0 })).toBe(
			'Period A holds no tie: under the current settings no meeting or interaction counts in it, so every tie of B shows as gained.'
		);
		expect(emptyPeriodSentence({ gained: [], lost: [tie], kept: 0 })).toMatch(
			/^Period B holds no tie: .* every tie of A shows as lost\.$/
		);
		expect(emptyPeriodSentence({ gained: [], lost: [], kept: 0 })).toMatch(
			/^Neither period holds a tie/
		);
	});
});
