// The dashboard's state: the database, what is loaded, the current analysis, and the long work in progress.
import { runAnalysisWorker } from '../analysis/runAnalysisWorker';
import type { Analysis } from '../analysis/types';
import type { Database } from '../db/types';
import { demoFiles } from '../demo/files';
import { loadNetwork } from '../graph/queries';
import { importFiles, mergeImportedFiles, type ImportedFile } from '../ingest/importFiles';
import type { InputFile } from '../ingest/inputFile';

export interface Progress {
	label: string;
	/** 0..1, or null when the step cannot tell how far it is. */
	fraction: number | null;
}

export type DataSource = { kind: 'demo' } | { kind: 'files'; files: ImportedFile[] };

class Workspace {
	progress = $state<Progress | null>({ label: 'Starting the database', fraction: null });
	analysis = $state.raw<Analysis | null>(null);
	positions = $state.raw<Float32Array | null>(null);
	source = $state.raw<DataSource>({ kind: 'demo' });
	/** The last import's problem, shown until the next import; the data loaded before stays. */
	importError = $state<string | null>(null);
	notice = $state<string | null>(null);
	selectedId = $state<string | null>(null);

	#db: Promise<Database> | undefined;
	#analysisRun: AbortController | undefined;

	/** The one database of the page, opened on first use. */
	#database(): Promise<Database> {
		this.#db ??= import('../db/browser').then(({ openBrowserDatabase }) =>
			openBrowserDatabase((fraction) => {
				this.progress = { label: 'Loading the database engine', fraction };
			})
		);
		return this.#db;
	}

	async start(): Promise<void> {
		await this.loadDemo();
	}

	async loadDemo(): Promise<void> {
		await this.#import(demoFiles(), { kind: 'demo' }, true);
	}

	async importUserFiles(files: File[]): Promise<void> {
		const inputs = await Promise.all(
			files.map(async (file) => ({
				name: file.name,
				bytes: new Uint8Array(await file.arrayBuffer())
			}))
		);
		const replacing = this.source.kind === 'demo';
		await this.#import(inputs, null, replacing);
	}

	/** Stops the analysis in progress; the previous results stay on screen. */
	cancel(): void {
		this.#analysisRun?.abort();
	}

	async #import(files: InputFile[], source: DataSource | null, replace: boolean): Promise<void> {
		this.importError = null;
		this.notice = null;
		this.progress = { label: `Reading ${files.map((f) => f.name).join(', ')}`, fraction: null };
		let imported: ImportedFile[];
		try {
			imported = await importFiles(await this.#database(), files, { replace });
		} catch (error) {
			this.importError = error instanceof Error ? error.message : String(error);
			this.progress = null;
			return;
		}
		const previous = this.source.kind === 'files' && !replace ? this.source.files : [];
		this.source = source ?? { kind: 'files', files: mergeImportedFiles(previous, imported) };
		await this.analyse();
	}

	/** Re-reads the network from the database and measures it in a worker. */
	async analyse(): Promise<void> {
		this.#analysisRun?.abort();
		const run = new AbortController();
		this.#analysisRun = run;
		try {
			this.progress = { label: 'Building the network', fraction: null };
			const network = await loadNetwork(await this.#database());
			const result = await runAnalysisWorker(
				network,
				(label, fraction) => {
					if (!run.signal.aborted) this.progress = { label, fraction };
				},
				run.signal
			);
			this.analysis = result.analysis;
			this.positions = result.positions;
			if (this.selectedId && !result.analysis.people.some((p) => p.id === this.selectedId)) {
				this.selectedId = null;
			}
		} catch (error) {
			if (this.#analysisRun !== run) return;
			if (run.signal.aborted)
				this.notice = 'Analysis cancelled: the figures shown are from before.';
			else this.importError = error instanceof Error ? error.message : String(error);
		} finally {
			if (this.#analysisRun === run) this.progress = null;
		}
	}
}

export const workspace = new Workspace();
