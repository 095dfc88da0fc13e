// The dashboard's state: the database, what is loaded, the settings, the current analysis, and long work in progress.
import { runAnalysisWorker, stopAnalysisWorkers } from '../analysis/runAnalysisWorker';
import type { Analysis } from '../analysis/types';
import type { Database } from '../db/types';
import { demoDashboardFiles } from '../demo/files';
import { calendarSpan, calendarSummary, type CalendarFileSummary } from '../graph/calendarSummary';
import { loadNetwork } from '../graph/queries';
import { DEFAULT_SETTINGS, type NetworkSettings } from '../graph/settings';
import { icsWorkerParser } from '../ingest/calendar/icsWorkerParser';
import { pageIcsWorkers, stopIcsWorkers } from '../ingest/calendar/pageIcsWorkers';
import { needsDateOrder } from '../ingest/errors';
import { indexMeetingPairs } from '../ingest/schema';
import { formalTeams, loadPracticeCommunities } from '../insight/practiceCommunities';
import { DEFAULT_ROLE_RULES } from '../insight/roles';
import type { PracticeCommunity, RoleRules } from '../insight/types';
import {
	importFiles,
	mergeImportedFiles,
	type DateOrder,
	type ImportedFile
} from '../ingest/importFiles';
import { inputFromBlob, type ImportInput, type InputFile } from '../ingest/inputFile';
import { sameRules, withRoles } from '../analysis/withRoles';
import { startingPositions } from '../layout/initialPositions';
import { layoutGraphOf, type LayoutMode } from '../layout/layoutGraph';
import { startLayoutSession, type LayoutSession } from '../layout/layoutSession';
import { WARM_START_DEFAULTS, warmStartPositions } from '../layout/warmStart';
import { Pseudonyms, pseudonymiseNetwork, type NetworkData } from '../privacy/pseudonymise';
import {
	forgetStoredWorkspace,
	storedEntryCount,
	storedWorkspace,
	storeState,
	storeWorkspace
} from '../workspaceFile/browserStore';
import { WORKSPACE_EXTENSION } from '../workspaceFile/format';
import { openWorkspaceFile } from '../workspaceFile/readWorkspaceFile';
import {
	DEFAULT_SELECTION,
	type DataSource,
	type Selection,
	type WorkspaceState
} from '../workspaceFile/state';
import { workspaceFileBytes } from '../workspaceFile/writeWorkspaceFile';
import { unzipInWorker, zipInWorker } from '../workspaceFile/zipInWorker';
import { DEFAULT_MIN_GROUP_SIZE, isMinGroupSize } from '../privacy/minGroupSize';
import { dropAllData, storedObjects } from '../privacy/deleteAll';

export interface Progress {
	label: string;
	/** 0..1, or null when the step cannot tell how far it is. */
	fraction: number | null;
}

/** The layout as the page shows it. */
export interface LayoutView {
	/** Ticking now. */
	running: boolean;
	/** Stopped by the user before coming to rest. */
	paused: boolean;
	/** 0 just started or reheated .. 1 at rest. */
	settled: number;
	mode: LayoutMode;
	/** Indexes (in people order) of the people held where they were dropped. */
	pinned: ReadonlySet<number>;
	/** Position updates received for this network so far. */
	frames: number;
}

/** Settings changes within this many ms are measured once. */
const SETTINGS_DEBOUNCE_MS = 150;
/** State changes within this many ms are stored once. */
const STATE_STORE_DEBOUNCE_MS = 300;

/** What the page shows besides the data: its view and how the network is coloured, kept with the workspace. */
export type PageSelection = Pick<
	Selection,
	'view' | 'colourBy' | 'teamView' | 'filter' | 'ego' | 'periods'
>;

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function isAbort(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}

class Workspace {
	progress = $state<Progress | null>({ label: 'Starting the database', fraction: null });
	analysis = $state.raw<Analysis | null>(null);
	/** [x0, y0, x1, y1, ...] in people order; a new array for each update while the layout runs. */
	positions = $state.raw<Float32Array | null>(null);
	/** Goes up by one each time a different network arrives (the canvas fits it to the view once); a network re-derived
	 * with mostly the same people keeps it, and its layout carries on from where they were. */
	layoutKey = $state(0);
	layout = $state.raw<LayoutView>({
		running: false,
		paused: false,
		settled: 1,
		mode: 'free',
		pinned: new Set(),
		frames: 0
	});
	source = $state.raw<DataSource>({ kind: 'demo' });
	settings = $state.raw<NetworkSettings>(DEFAULT_SETTINGS);
	calendars = $state.raw<CalendarFileSummary[]>([]);
	/** Free text (file names) as the page may show it: with pseudonyms on, every known name and email replaced. */
	shownText = $state.raw<(text: string) => string>((text) => text);
	/** First and last meeting start in the data, for the window controls. */
	span = $state.raw<{ first: number; last: number } | null>(null);
	/** The last import's problem, shown until the next import; the data loaded before stays. */
	importError = $state<string | null>(null);
	notice = $state<string | null>(null);
	/** Set when an Outlook CSV's dates read either way: the page asks, then imports the same files again. */
	askDateOrder = $state(false);
	selectedId = $state<string | null>(null);
	/** The rules that give people their roles; the worker measures under the defaults. */
	roleRules = $state.raw<RoleRules>(DEFAULT_ROLE_RULES);
	/** Names and emails shown as "Person 042" everywhere; the mapping lives in this page only. */
	pseudonymise = $state(false);
	/** Teams smaller than this show "fewer than N" instead of their figures, in views and exports. */
	minGroupSize = $state(DEFAULT_MIN_GROUP_SIZE);

	#db: Promise<Database> | undefined;
	/** The meeting index's pairing after an analysis, running or done (#pairLater). */
	#pairing: Promise<void> = Promise.resolve();
	/** The analysis as the worker returned it, roles under the default rules. */
	#measured: Analysis | null = null;
	#lastImport: { files: ImportInput[]; replace: boolean } | undefined;
	#work: AbortController | undefined;
	#settingsTimer: ReturnType<typeof setTimeout> | undefined;
	/** The import running, if any: a settings change meanwhile waits for it rather than cancelling it. */
	#importing: AbortController | undefined;
	#analyseAfterImport = false;
	#layoutSession: LayoutSession | undefined;
	/** Ids of the people laid out, in the order of `positions`. */
	#laidOut: readonly string[] = [];
	/** Where pinned people were dropped, laid over every update so a drag never jumps back. */
	#pins = new Map<number, { x: number; y: number }>();
	/** Paused while an analysis runs, to be resumed if it is cancelled or fails. */
	#layoutHeld = false;
	/** Who is which pseudonym, kept while the page lives so a person keeps their number. */
	#pseudonyms = new Pseudonyms();

	/** Set once "Delete all data" has run, until the next import: the page then says there is nothing. */
	deleted = $state(false);
	/** Set when a workspace was opened or restored: the page takes its view and colouring from it. */
	restoredPage = $state.raw<PageSelection | null>(null);
	/** Whether the browser holds this workspace (it then follows every change); off after "Delete all data". */
	#stored = false;
	#stateTimer: ReturnType<typeof setTimeout> | undefined;

	constructor() {
		// Every change of the state below is stored, a moment later, beside the stored tables.
		$effect.root(() => {
			$effect(() => {
				const state = this.#state();
				clearTimeout(this.#stateTimer);
				this.#stateTimer = setTimeout(() => {
					if (this.#stored) storeState(state).catch(() => undefined);
				}, STATE_STORE_DEBOUNCE_MS);
			});
		});
	}

	/** The workspace's state as a saved file holds it (reads every field, so the effect above follows them all). */
	#state(): WorkspaceState {
		return {
			source: this.source,
			settings: this.settings,
			roleRules: this.roleRules,
			pseudonymise: this.pseudonymise,
			pseudonyms: this.pseudonymise ? this.#pseudonyms.snapshot() : null,
			minGroupSize: this.minGroupSize,
			selection: {
				...this.#pageSelection,
				personId: this.selectedId,
				layoutMode: this.layout.mode
			}
		};
	}

	/** The workspace file of what is loaded now, zipped off the page's thread. */
	async #fileBytes(): Promise<Uint8Array> {
		return workspaceFileBytes(await this.#database(), this.#state(), zipInWorker);
	}

	/** The page's view and colouring, for the stored state; the page reports them as they change. */
	#pageSelection = $state.raw<PageSelection>(DEFAULT_SELECTION);

	rememberPage(selection: PageSelection): void {
		this.#pageSelection = selection;
	}

	/** "Save workspace": the tables and the state in one file, which Open workspace and the CLI read; null if it cannot. */
	async saveWorkspace(): Promise<{ name: string; bytes: Uint8Array } | null> {
		try {
			const bytes = await this.#fileBytes();
			const day = new Date().toISOString().slice(0, 10);
			return { name: `weft-workspace-${day}${WORKSPACE_EXTENSION}`, bytes };
		} catch (error) {
			this.notice = `The workspace was not saved: ${messageOf(error)}.`;
			return null;
		}
	}

	/** "Open workspace": replaces what is loaded with the file's tables and state; a bad file changes nothing. */
	async openWorkspace(file: File): Promise<void> {
		const bytes = new Uint8Array(await file.arrayBuffer());
		// The file opened is what the browser keeps: no need to write the tables out again.
		if (await this.#open({ name: file.name, bytes }, null)) await this.#storeTables(bytes);
	}

	/**
	 * Opens workspace bytes (a file, or what the browser stored) and measures them; `state` stands over the file's own.
	 * Returns whether it opened: on failure the message is shown and the workspace is as it was.
	 */
	async #open(file: InputFile, state: WorkspaceState | null): Promise<boolean> {
		this.importError = null;
		this.notice = null;
		this.askDateOrder = false;
		const work = this.#startWork();
		let opened: WorkspaceState;
		try {
			this.progress = { label: `Opening ${file.name}`, fraction: null };
			opened = await openWorkspaceFile(await this.#databaseToWrite(), file, unzipInWorker);
		} catch (error) {
			if (this.#work === work) this.progress = null;
			this.importError = messageOf(error);
			return false;
		}
		this.#apply(state ?? opened);
		this.#lastImport = undefined;
		this.deleted = false;
		await this.analyse();
		return true;
	}

	#apply(state: WorkspaceState): void {
		this.source = state.source;
		this.settings = state.settings;
		this.roleRules = state.roleRules;
		this.minGroupSize = state.minGroupSize;
		this.pseudonymise = state.pseudonymise;
		this.#pseudonyms = state.pseudonyms ? Pseudonyms.restored(state.pseudonyms) : new Pseudonyms();
		this.selectedId = state.selection.personId;
		this.setLayoutMode(state.selection.layoutMode === 'teams' ? 'teams' : 'free');
		const { view, colourBy, teamView, filter, ego, periods } = state.selection;
		this.#pageSelection = { view, colourBy, teamView, filter, ego, periods };
		this.restoredPage = { view, colourBy, teamView, filter, ego, periods };
	}

	/**
	 * Stores the tables (and the state) in the browser after they changed: `bytes` when they are a workspace file
	 * already, else written from the database. When it cannot, what it kept before is removed, so that a reload never
	 * brings back older data; what is loaded stays.
	 */
	async #storeTables(bytes?: Uint8Array): Promise<void> {
		try {
			await storeWorkspace(bytes ?? (await this.#fileBytes()));
			this.#stored = true;
			// The state may have changed while the tables were written: stored now, it is the newest.
			await storeState(this.#state());
		} catch (error) {
			this.#stored = false;
			await forgetStoredWorkspace().catch(() => undefined);
			this.notice = `This workspace is not kept in the browser for next time: ${messageOf(error)}.`;
		}
	}

	/**
	 * "Delete all data": stops any work, drops every table of the database, and puts every setting back to its default;
	 * the pseudonym mapping is forgotten too. Nothing is kept in browser storage, so nothing else is left.
	 */
	async deleteAllData(): Promise<void> {
		this.#work?.abort();
		stopAnalysisWorkers();
		stopIcsWorkers();
		this.stopLayout();
		this.#stored = false;
		clearTimeout(this.#stateTimer);
		await forgetStoredWorkspace();
		const db = await this.#databaseToWrite();
		await dropAllData(db);
		this.analysis = null;
		this.#measured = null;
		this.positions = null;
		this.#laidOut = [];
		this.#pins.clear();
		this.#lastImport = undefined;
		this.source = { kind: 'files', files: [] };
		this.settings = DEFAULT_SETTINGS;
		this.roleRules = DEFAULT_ROLE_RULES;
		this.calendars = [];
		this.span = null;
		this.selectedId = null;
		this.importError = null;
		this.askDateOrder = false;
		this.pseudonymise = false;
		this.minGroupSize = DEFAULT_MIN_GROUP_SIZE;
		this.#pseudonyms = new Pseudonyms();
		this.progress = null;
		this.deleted = true;
		// Counted again from the database and the browser's storage, so the message says what is true.
		const left = (await storedObjects(db)).length;
		const files = await storedEntryCount();
		this.notice =
			left === 0 && files === 0
				? 'All data deleted: no table is left in this page and nothing is stored in this browser.'
				: `Data deleted, but ${left} tables and ${files} stored files could not be removed.`;
	}

	/**
	 * For views that load a network from the database themselves (the Change view's periods): the same pseudonyms as
	 * the rest of the page while the switch is on, the network unchanged while it is off.
	 */
	withPseudonyms(network: NetworkData): {
		network: NetworkData;
		showCommunities: (found: PracticeCommunity[]) => PracticeCommunity[];
	} {
		if (!this.pseudonymise) return { network, showCommunities: (found) => found };
		const hidden = pseudonymiseNetwork(network, this.#pseudonyms);
		return { network: hidden.network, showCommunities: hidden.hideCommunities };
	}

	/** Sets the minimum group size; a value that is not a whole number of 1 or more is ignored. */
	setMinGroupSize(size: number): void {
		if (isMinGroupSize(size)) this.minGroupSize = size;
	}

	/** Turns pseudonyms on or off and measures again: keys change, so the selection goes. */
	async setPseudonymise(on: boolean): Promise<void> {
		if (this.pseudonymise === on) return;
		this.pseudonymise = on;
		this.selectedId = null;
		await this.analyse();
	}

	/** The one database of the page, opened on first use. */
	#database(): Promise<Database> {
		this.#db ??= import('../db/browser').then(({ openBrowserDatabase }) =>
			openBrowserDatabase((fraction) => {
				this.progress = { label: 'Loading the database engine', fraction };
			})
		);
		return this.#db;
	}

	/** The database once the pairing below is done: an import, an opened file or a deletion must not run beside it. */
	async #databaseToWrite(): Promise<Database> {
		await this.#pairing;
		return this.#database();
	}

	/** Pairs the meeting index of the last import in the background, for quick settings changes (indexMeetingPairs). */
	#pairLater(db: Database): void {
		// An optimisation only: should it fail, ties are read straight from presence as in the first analysis.
		this.#pairing = this.#pairing.then(() => indexMeetingPairs(db)).catch(() => undefined);
	}

	/** The page's database, for views that query it themselves (the Change view's timeline and periods). */
	database(): Promise<Database> {
		return this.#database();
	}

	/** Opens the workspace this browser kept, if any (a reload, a restart), else the demo. */
	async start(): Promise<void> {
		const stored = await storedWorkspace().catch(() => null);
		if (!stored) return this.loadDemo();
		this.#stored = true;
		const name = 'the workspace kept in this browser';
		if (await this.#open({ name, bytes: stored.bytes }, stored.state)) return;
		const problem = this.importError;
		await this.loadDemo();
		this.notice = `${problem}; the demo is shown instead.`;
	}

	async loadDemo(): Promise<void> {
		await this.#import(demoDashboardFiles(), { kind: 'demo' }, true);
	}

	async importUserFiles(files: File[]): Promise<void> {
		// A large file stays on disk: DuckDB reads it in slices in its worker (see inputFromBlob).
		const inputs = await Promise.all(files.map((file) => inputFromBlob(file.name, file)));
		await this.#import(inputs, null, this.source.kind === 'demo');
	}

	/** Imports the files that needed a date order again, reading their dates in `order`. */
	async retryWithDateOrder(order: DateOrder): Promise<void> {
		const last = this.#lastImport;
		if (!last) return;
		await this.#import(last.files, null, last.replace, order);
	}

	/** Stops the import or analysis in progress; what was shown before stays. */
	cancel(): void {
		this.#work?.abort();
	}

	/** Changes how meetings become ties and re-derives the network from the tables, without re-reading files. */
	updateSettings(change: Partial<NetworkSettings>): void {
		this.settings = { ...this.settings, ...change };
		clearTimeout(this.#settingsTimer);
		this.#settingsTimer = setTimeout(() => {
			if (this.#importing) this.#analyseAfterImport = true;
			else void this.analyse();
		}, SETTINGS_DEBOUNCE_MS);
	}

	/** Changes the role rules and gives everyone their role again, from the figures already measured. */
	updateRoleRules(change: Partial<RoleRules>): void {
		this.roleRules = { ...this.roleRules, ...change };
		if (this.#measured) this.analysis = this.#underRoleRules(this.#measured);
	}

	#underRoleRules(measured: Analysis): Analysis {
		return sameRules(this.roleRules, DEFAULT_ROLE_RULES)
			? measured
			: withRoles(measured, this.roleRules);
	}

	resetRoleRules(): void {
		this.updateRoleRules(DEFAULT_ROLE_RULES);
	}

	#startWork(): AbortController {
		this.#work?.abort();
		const work = new AbortController();
		this.#work = work;
		return work;
	}

	async #import(
		files: ImportInput[],
		source: DataSource | null,
		replace: boolean,
		dateOrder?: DateOrder
	): Promise<void> {
		this.importError = null;
		this.notice = null;
		this.askDateOrder = false;
		this.#lastImport = { files, replace };
		// A settings change still waiting would start an analysis that cancels this import; the import's own analysis
		// reads the settings as they are now.
		clearTimeout(this.#settingsTimer);
		const work = this.#startWork();
		this.#importing = work;
		this.#analyseAfterImport = false;
		const parser = icsWorkerParser(work.signal, pageIcsWorkers);
		let imported: ImportedFile[];
		try {
			this.progress = { label: `Reading ${files.map((f) => f.name).join(', ')}`, fraction: null };
			imported = await importFiles(await this.#databaseToWrite(), files, {
				replace,
				dateOrder,
				parseIcsFile: parser.parse,
				signal: work.signal,
				onProgress: (label, fraction) => {
					if (!work.signal.aborted) this.progress = { label, fraction };
				}
			});
		} catch (error) {
			if (this.#work === work) this.progress = null;
			if (isAbort(error)) this.notice = 'Import cancelled: nothing was changed.';
			// One import is one transaction: a bad file keeps out the good ones that came with it.
			else
				this.importError =
					files.length > 1
						? `${messageOf(error)} (nothing from the ${files.length} files of this import was loaded)`
						: messageOf(error);
			this.askDateOrder = needsDateOrder(error);
			// Settings changed while the import ran apply to the data that is still there.
			if (this.#analyseAfterImport && this.#work === work) void this.analyse();
			return;
		} finally {
			parser.close();
			if (this.#importing === work) this.#importing = undefined;
		}
		const previous = this.source.kind === 'files' && !replace ? this.source.files : [];
		this.source = source ?? { kind: 'files', files: mergeImportedFiles(previous, imported) };
		this.deleted = false;
		// Stored while the measures run, once the network is read: both use DuckDB's one worker, and the store's reads
		// of every table (a second for a million attendance rows) would otherwise hold the network back.
		let storing: Promise<void> | undefined;
		const store = () => (storing ??= this.#storeTables());
		await this.analyse(store);
		await store();
	}

	/**
	 * Re-reads the network from the database under the current settings and measures it in a worker; `whileMeasuring`
	 * starts once the network is read, alongside the measures.
	 */
	async analyse(whileMeasuring?: () => Promise<void>): Promise<void> {
		const work = this.#startWork();
		// The measures get the machine's cores; the picture carries on if they are cancelled or fail.
		this.#layoutHeld ||= this.layout.running;
		if (this.#layoutHeld) this.#layoutSession?.pause();
		try {
			this.progress = { label: 'Building the network', fraction: null };
			const db = await this.#database();
			const loaded = await loadNetwork(db, this.settings);
			let network = loaded;
			let calendars = await calendarSummary(db, this.settings);
			let showCommunities = (found: PracticeCommunity[]) => found;
			this.shownText = (text) => text;
			if (this.pseudonymise) {
				// Once, at the data boundary: every view, tooltip, table and export below sees only pseudonyms.
				const hidden = pseudonymiseNetwork(network, this.#pseudonyms);
				network = hidden.network;
				showCommunities = hidden.hideCommunities;
				this.shownText = hidden.redact;
				calendars = calendars.map((calendar) => ({
					...calendar,
					file: hidden.redact(calendar.file)
				}));
			}
			this.calendars = calendars;
			this.span = await calendarSpan(db);
			// Found in DuckDB while the measures run, before anything `whileMeasuring` asks of DuckDB.
			const practiceCommunities = loadPracticeCommunities(
				db,
				this.settings,
				formalTeams(loaded.people)
			).then(showCommunities);
			void whileMeasuring?.();
			const measured = await runAnalysisWorker(
				{ network, practiceCommunities },
				(label, fraction) => {
					if (!work.signal.aborted) this.progress = { label, fraction };
				},
				work.signal
			);
			this.#measured = measured;
			this.analysis = this.#underRoleRules(measured);
			// The benchmark times the first frame of the picture from here.
			performance.mark('weft:data-ready');
			this.#startLayout(measured);
			this.#pairLater(db);
			if (this.selectedId && !measured.people.some((p) => p.id === this.selectedId)) {
				this.selectedId = null;
			}
		} catch (error) {
			if (this.#work !== work) return;
			if (this.#layoutHeld) this.#layoutSession?.resume();
			this.#layoutHeld = false;
			if (isAbort(error)) this.notice = 'Analysis cancelled: the figures shown are from before.';
			else this.importError = messageOf(error);
		} finally {
			if (this.#work === work) this.progress = null;
		}
	}

	/**
	 * Lays out a network in a worker of its own, replacing the last one; its first frame is drawn at once. When most
	 * of its people were on the picture already (the settings changed), it starts from there, gently, pins kept.
	 */
	#startLayout(analysis: Analysis): void {
		this.stopLayout();
		this.#layoutHeld = false;
		const graph = layoutGraphOf(analysis.people, analysis.ties);
		const ids = analysis.people.map((person) => person.id);
		const previous = this.positions;
		const warm = previous
			? warmStartPositions({ ids: this.#laidOut, positions: previous }, ids, graph)
			: null;
		const index = new Map(ids.map((id, i) => [id, i]));
		// Pinned people who remain stay pinned, where they were dropped.
		const pins = new Map(
			warm
				? [...this.#pins].flatMap(([was, at]) => {
						const now = index.get(this.#laidOut[was]);
						return now === undefined ? [] : [[now, at] as const];
					})
				: []
		);
		for (const [now, at] of pins) {
			warm?.positions.set([at.x, at.y], 2 * now);
		}
		if (!warm) this.layoutKey++;
		this.#laidOut = ids;
		this.#pins = pins;
		// The worker starts from these same positions.
		this.positions = warm ? warm.positions.slice() : startingPositions(graph);
		const mode = this.layout.mode;
		this.layout = {
			running: true,
			paused: false,
			settled: 0,
			mode,
			pinned: new Set(pins.keys()),
			frames: 0
		};
		const from = warm
			? {
					positions: warm.positions,
					alpha: WARM_START_DEFAULTS.alpha,
					pins: [...pins].map(([i, { x, y }]) => ({ index: i, x, y }))
				}
			: undefined;
		const start = { mode, from };
		this.#layoutSession = startLayoutSession(graph, start, {
			onPositions: (positions) => {
				for (const [index, { x, y }] of this.#pins) {
					positions[2 * index] = x;
					positions[2 * index + 1] = y;
				}
				this.positions = positions;
				this.layout = { ...this.layout, frames: this.layout.frames + 1 };
			},
			onState: (state) => {
				const { running, paused, settled } = this.layout;
				if (state.running !== running || state.paused !== paused || state.settled !== settled)
					this.layout = { ...this.layout, ...state };
			},
			onError: (message) => {
				this.layout = { ...this.layout, running: false };
				this.notice = `The layout stopped: ${message}`;
			}
		});
	}

	/** Ends the layout worker, leaving the picture where it is. */
	stopLayout(): void {
		this.#layoutSession?.stop();
		this.#layoutSession = undefined;
		if (this.layout.running) this.layout = { ...this.layout, running: false };
	}

	pauseLayout(): void {
		this.#layoutSession?.pause();
	}

	resumeLayout(): void {
		this.#layoutSession?.resume();
	}

	reheatLayout(): void {
		this.#layoutSession?.reheat();
	}

	setLayoutMode(mode: LayoutMode): void {
		if (mode === this.layout.mode) return;
		this.layout = { ...this.layout, mode };
		this.#layoutSession?.setMode(mode);
	}

	/** Holds person `index` at x, y (layout coordinates) until unpinAll; the picture shows it there at once. */
	pin(index: number, x: number, y: number): void {
		const positions = this.positions;
		if (!positions || index < 0 || 2 * index >= positions.length) return;
		this.#pins.set(index, { x, y });
		if (!this.layout.pinned.has(index))
			this.layout = { ...this.layout, pinned: new Set([...this.layout.pinned, index]) };
		const moved = positions.slice();
		moved[2 * index] = x;
		moved[2 * index + 1] = y;
		this.positions = moved;
		this.#layoutSession?.pin(index, x, y);
	}

	unpinAll(): void {
		this.#pins = new Map();
		this.layout = { ...this.layout, pinned: new Set() };
		this.#layoutSession?.unpinAll();
	}
}

export const workspace = new Workspace();
