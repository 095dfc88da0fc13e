// The browser implementation of Database: duckdb-wasm in its own Worker, with bundles served by Vite from our origin.
import * as duckdb from '@duckdb/duckdb-wasm';
import { tableFromIPC, tableToIPC, type AsyncRecordBatchStreamReader } from 'apache-arrow';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { databaseOver } from './database';
import { DUCKDB_OPEN_CONFIG, type Database } from './types';

/** Fraction of the engine's download done, for a progress bar while the wasm loads. */
export type LoadProgress = (fraction: number) => void;

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export async function openBrowserDatabase(onProgress?: LoadProgress): Promise<Database> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker as string);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (progress) => {
		if (progress.bytesTotal > 0) onProgress?.(progress.bytesLoaded / progress.bytesTotal);
	});
	await db.open(DUCKDB_OPEN_CONFIG);
	return databaseOver({
		async connect({ interruptible = false } = {}) {
			const connection = await db.connect();
			// A pending query runs in slices between which the worker takes other messages, a cancel among them.
			const collect = async (reader: Promise<AsyncRecordBatchStreamReader>) =>
				tableFromIPC(await reader);
			return {
				run: (sql) => (interruptible ? collect(connection.send(sql)) : connection.query(sql)),
				async runPrepared(sql, params) {
					const statement = await connection.prepare(sql);
					try {
						return interruptible
							? await collect(statement.send(...params))
							: await statement.query(...params);
					} finally {
						await statement.close();
					}
				},
				insertArrowIpc: (table, ipc) =>
					connection.insertArrowFromIPCStream(ipc, { name: table, create: false }),
				runToArrowIpc: async (sql) => tableToIPC(await connection.query(sql), 'stream'),
				interrupt: async () => {
					if (interruptible) await connection.cancelSent();
				},
				close: () => connection.close()
			};
		},
		// duckdb-wasm transfers the buffer to its worker; a copy keeps the caller's bytes usable (for a retry).
		registerFile: async (name, content) => {
			if (content instanceof Uint8Array) await db.registerFileBuffer(name, content.slice());
			else if (content.kind === 'blob') {
				// DuckDB's worker reads the File in slices with FileReaderSync: it is never whole in memory.
				await db.registerFileHandle(
					name,
					content.blob,
					duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
					true
				);
			} else throw new Error(`the browser cannot read ${content.path} by path`);
		},
		watchProgress(listener) {
			const onMessage = (
				event: MessageEvent<{ type?: string; data?: { percentage?: unknown } }>
			) => {
				if (event.data?.type === 'PROGRESS_UPDATE') listener(Number(event.data.data?.percentage));
			};
			worker.addEventListener('message', onMessage);
			return () => worker.removeEventListener('message', onMessage);
		},
		dropFile: async (name) => {
			await db.dropFile(name);
		},
		close: () => db.terminate()
	});
}
