// The Change view's state: the weekly timeline, the two periods compared and their comparison, read from the page's database.
import { runAnalysisWorker } from '../analysis/runAnalysisWorker';
import { comparePeriods } from '../change/comparePeriods';
import { newcomerIntegration, type NewcomerReport } from '../change/newcomers';
import { periodSettings, type Period } from '../change/periods';
import type { Comparison } from '../change/types';
import { weeklyActivity, weeklyPartners, type WeekActivity } from '../change/weeklyActivity';
import { loadNetwork, loadPeople } from '../graph/queries';
import type { Person } from '../graph/types';
import type { NetworkSettings } from '../graph/settings';
import { formalTeams, loadPracticeCommunities } from '../insight/practiceCommunities';
import { workspace } from './workspace.svelte';

function isAbort(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}

/** Each person's key as the page shows it: their pseudonym's while pseudonyms are on (SQL answers in real keys). */
function shownKeys(people: Person[]): Map<string, string> {
	const shown = workspace.withPseudonyms({ people, ties: [] }).network.people;
	return new Map(people.map((person, i) => [person.id, shown[i].id]));
}

class ChangeState {
	weeks = $state.raw<WeekActivity[]>([]);
	a = $state.raw<Period | null>(null);
	b = $state.raw<Period | null>(null);
	comparison = $state.raw<Comparison | null>(null);
	/** Weekly partner counts of the drifting people, for their sparklines, in `weeks` order. */
	trends = $state.raw<Map<string, number[]>>(new Map());
	/** Null until read; read with the timeline, since it does not depend on the periods. */
	newcomers = $state.raw<NewcomerReport | null>(null);
	progress = $state<string | null>(null);
	error = $state<string | null>(null);

	/** What the timeline was read under: it changes with the data and the meeting rules, not with the window. */
	#timelineKey: unknown[] = [];
	#work: AbortController | undefined;

	/** Forgets everything read, as when all data is deleted. */
	clear(): void {
		this.#work?.abort();
		this.#timelineKey = [];
		this.weeks = [];
		this.a = null;
		this.b = null;
		this.comparison = null;
		this.trends = new Map();
		this.newcomers = null;
		this.error = null;
	}

	/** Reads the weekly activity again when the data, the meeting rules or the pseudonym switch changed since. */
	async refreshTimeline(): Promise<void> {
		const { maxAttendees, includeAllDay, includeUnlisted } = workspace.settings;
		const key = [
			workspace.source,
			maxAttendees,
			includeAllDay,
			includeUnlisted,
			workspace.pseudonymise
		];
		if (key.every((part, i) => part === this.#timelineKey[i])) return;
		this.#timelineKey = key;
		// A comparison of other data, or under other names, is not shown any more.
		this.#forgetComparison();
		try {
			const db = await workspace.database();
			this.weeks = await weeklyActivity(db, workspace.settings);
			const report = await newcomerIntegration(db, workspace.settings);
			const keys = shownKeys(await loadPeople(db, []));
			this.newcomers = {
				...report,
				newcomers: report.newcomers.map((newcomer) => ({
					...newcomer,
					id: keys.get(newcomer.id) ?? newcomer.id
				}))
			};
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	setPeriods(a: Period, b: Period): void {
		this.a = a;
		this.b = b;
	}

	/** The periods a workspace kept, or none (the view then picks its preset); what was compared before goes. */
	restorePeriods(periods: { a: Period; b: Period } | null): void {
		this.#forgetComparison();
		this.a = periods?.a ?? null;
		this.b = periods?.b ?? null;
	}

	/** Stops a comparison running and forgets the last one. */
	#forgetComparison(): void {
		this.#work?.abort();
		this.comparison = null;
		this.trends = new Map();
	}

	cancel(): void {
		this.#work?.abort();
	}

	/** Analyses both periods in the analysis worker, one after the other, and compares them. */
	async compare(): Promise<void> {
		const { a, b } = this;
		if (!a || !b) return;
		this.#work?.abort();
		const work = new AbortController();
		this.#work = work;
		this.error = null;
		try {
			const db = await workspace.database();
			const loaded: Person[] = [];
			const analyse = async (period: Period, label: string) => {
				this.progress = `Building period ${label}`;
				const settings: NetworkSettings = periodSettings(workspace.settings, period);
				const raw = await loadNetwork(db, settings);
				loaded.push(...raw.people);
				// The same pseudonyms as the rest of the page while the switch is on.
				const { network, showCommunities } = workspace.withPseudonyms(raw);
				const practiceCommunities = loadPracticeCommunities(
					db,
					settings,
					formalTeams(raw.people)
				).then(showCommunities);
				return runAnalysisWorker(
					{ network, practiceCommunities },
					(step) => {
						if (!work.signal.aborted) this.progress = `Period ${label}: ${step}`;
					},
					work.signal
				);
			};
			const analyses = { a: await analyse(a, 'A'), b: await analyse(b, 'B') };
			const comparison = comparePeriods({ a, b }, analyses);
			// The view shows the first 15 drifting people with a sparkline each; SQL knows them by their real keys.
			const shown = shownKeys([...new Map(loaded.map((person) => [person.id, person])).values()]);
			const realOf = new Map([...shown].map(([real, key]) => [key, real]));
			const wanted = comparison.drifting.slice(0, 15).map((person) => person.id);
			const partners = await weeklyPartners(
				db,
				workspace.settings,
				this.weeks.map((week) => week.week),
				wanted.map((id) => realOf.get(id) ?? id)
			);
			const trends = new Map(wanted.map((id) => [id, partners.get(realOf.get(id) ?? id) ?? []]));
			if (this.#work !== work) return;
			this.comparison = comparison;
			this.trends = trends;
		} catch (error) {
			if (this.#work !== work) return;
			this.error = isAbort(error)
				? 'Comparison cancelled.'
				: error instanceof Error
					? error.message
					: String(error);
		} finally {
			if (this.#work === work) this.progress = null;
		}
	}
}

export const change = new ChangeState();
