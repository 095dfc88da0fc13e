// The shared force simulation: grouped mode separates teams, pins hold exactly, reheats and modes move it again.
import { describe, expect, it } from 'vitest';
import { startingPositions } from '../../../src/lib/layout/initialPositions';
import {
	LayoutSimulation,
	SIMULATION_DEFAULTS,
	ticksToSettle
} from '../../../src/lib/layout/simulation';
import { organisation, teamDistances } from './organisation';

function toRest(simulation: LayoutSimulation): number {
	let ticks = 0;
	while (!simulation.settled) {
		simulation.tick();
		ticks++;
	}
	return ticks;
}

// Six teams of 30 with half of all ties across teams: ties alone do not keep the teams apart.
const mixed = () => organisation([30, 30, 30, 30, 30, 30], 8, 0.5, 7);

describe('LayoutSimulation', () => {
	it('starts from the starting positions and comes to rest in the ticks it was given', () => {
		const graph = mixed();
		const simulation = new LayoutSimulation(graph);
		expect(simulation.positions()).toEqual(startingPositions(graph));
		expect(toRest(simulation)).toBe(ticksToSettle(180));
		expect(simulation.settledShare).toBe(1);
		expect([...simulation.positions()].every(Number.isFinite)).toBe(true);
	});

	it('settles large networks in fewer ticks than small ones', () => {
		expect(ticksToSettle(250)).toBe(300);
		expect(ticksToSettle(5_000)).toBe(250);
		expect(ticksToSettle(10_000)).toBe(200);
	});

	it('grouped by team, puts people nearer their own team than other teams, far more than free', () => {
		const graph = mixed();
		const free = new LayoutSimulation(graph, 'free');
		toRest(free);
		const grouped = new LayoutSimulation(graph, 'teams');
		toRest(grouped);
		const freeTeams = teamDistances(free.positions(), graph.teams);
		const groupedTeams = teamDistances(grouped.positions(), graph.teams);
		expect(groupedTeams.within / groupedTeams.between).toBeLessThan(0.4);
		expect(groupedTeams.within / groupedTeams.between).toBeLessThan(
			(freeTeams.within / freeTeams.between) * 0.6
		);
	});

	it('switching to grouped reheats and separates the teams of a settled free layout', () => {
		const graph = mixed();
		const simulation = new LayoutSimulation(graph, 'free');
		toRest(simulation);
		const before = teamDistances(simulation.positions(), graph.teams);
		simulation.setMode('teams');
		expect(simulation.mode).toBe('teams');
		expect(simulation.alpha).toBeGreaterThanOrEqual(SIMULATION_DEFAULTS.modeAlpha);
		toRest(simulation);
		const after = teamDistances(simulation.positions(), graph.teams);
		expect(after.within / after.between).toBeLessThan((before.within / before.between) * 0.6);
	});

	it('holds a pinned person exactly where pinned while the rest moves, until released', () => {
		const graph = mixed();
		const simulation = new LayoutSimulation(graph);
		simulation.tick(50);
		simulation.pin(3, 412.5, -300.25);
		simulation.pin(100, -8, 16);
		simulation.reheat(1);
		const held = simulation.positions();
		toRest(simulation);
		const rested = simulation.positions();
		expect([rested[6], rested[7]]).toEqual([412.5, -300.25]);
		expect([rested[200], rested[201]]).toEqual([-8, 16]);
		// Everyone else went on moving.
		const moved = Array.from({ length: 180 }, (_, i) =>
			Math.hypot(rested[2 * i] - held[2 * i], rested[2 * i + 1] - held[2 * i + 1])
		);
		expect(moved.filter((d) => d > 1).length).toBeGreaterThan(150);

		simulation.unpinAll();
		simulation.reheat();
		toRest(simulation);
		const released = simulation.positions();
		expect(Math.hypot(released[6] - 412.5, released[7] + 300.25)).toBeGreaterThan(50);
	});

	it('moves again after a reheat and not before', () => {
		const simulation = new LayoutSimulation(mixed());
		toRest(simulation);
		expect(simulation.settled).toBe(true);
		simulation.reheat();
		expect(simulation.settled).toBe(false);
		expect(simulation.alpha).toBeCloseTo(SIMULATION_DEFAULTS.reheatAlpha);
		expect(simulation.settledShare).toBeLessThan(0.2);
	});

	it('keeps people without ties and a separate pair near everyone else', () => {
		const graph = organisation([40, 40, 40], 6, 0.2, 3);
		// Three more people: one without a tie, and a pair tied only to each other.
		const teams = Uint32Array.from([...graph.teams, 0, 1, 1]);
		const n = graph.teams.length;
		const simulation = new LayoutSimulation({
			teams,
			sources: Uint32Array.from([...graph.sources, n + 1]),
			targets: Uint32Array.from([...graph.targets, n + 2])
		});
		toRest(simulation);
		const p = simulation.positions();
		const radius = (i: number) => Math.hypot(p[2 * i], p[2 * i + 1]);
		const connected = Math.max(...Array.from({ length: n }, (_, i) => radius(i)));
		for (const loose of [n, n + 1, n + 2]) expect(radius(loose)).toBeLessThan(connected * 1.5);
	});

	it('gives a fresh array each time, for transfer', () => {
		const simulation = new LayoutSimulation(mixed());
		const a = simulation.positions();
		const b = simulation.positions();
		expect(a).not.toBe(b);
		expect(a.buffer).not.toBe(b.buffer);
	});

	it('names the tie that points past the people given', () => {
		expect(
			() =>
				new LayoutSimulation({
					teams: new Uint32Array(3),
					sources: Uint32Array.from([0]),
					targets: Uint32Array.from([5])
				})
		).toThrow(/LayoutSimulation: tie 0 names a person beyond the 3 given/);
	});
});
