// The browser implementation of Database: duckdb-wasm in its own Worker, with bundles served by Vite from our origin.
import * as duckdb from '@duckdb/duckdb-wasm';
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
		async connect() {
			const connection = await db.connect();
			return {
				run: (sql) => connection.query(sql),
				async runPrepared(sql, params) {
					const statement = await connection.prepare(sql);
					try {
						return await statement.query(...params);
					} finally {
						await statement.close();
					}
				},
				insertArrowIpc: (table, ipc) =>
					connection.insertArrowFromIPCStream(ipc, { name: table, create: false }),
				close: () => connection.close()
			};
		},
		// duckdb-wasm transfers the buffer to its worker; a copy keeps the caller's bytes usable (for a retry).
		registerFile: async (name, bytes) => {
			await db.registerFileBuffer(name, bytes.slice());
		},
		dropFile: async (name) => {
			await db.dropFile(name);
		},
		close: () => db.terminate()
	});
}
