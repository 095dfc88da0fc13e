// The Node implementation of Database: duckdb-wasm's own Node build, so the CLI and tests run the real engine.
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import path from 'node:path';
import { databaseOver } from './database';
import { DUCKDB_OPEN_CONFIG, type Database } from './types';

/** duckdb-wasm's Node build makes its Tables with the CommonJS apache-arrow, so only that copy can serialise them. */
const arrow = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');

function bundles(): duckdb.DuckDBBundles {
	const wasm = createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
	const dist = path.dirname(wasm);
	return {
		mvp: {
			mainModule: path.join(dist, 'duckdb-mvp.wasm'),
			mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: path.join(dist, 'duckdb-eh.wasm'),
			mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
}

export async function openNodeDatabase(): Promise<Database> {
	// DuckDB reports a statement's progress through its runtime; this one passes it on to whoever watches.
	const progressListeners = new Set<(percentage: number) => void>();
	const runtime: typeof duckdb.NODE_RUNTIME = {
		...duckdb.NODE_RUNTIME,
		progressUpdate: (_final: number, percentage: number) => {
			for (const listener of progressListeners) listener(percentage);
		}
	};
	const bindings = await duckdb.createDuckDB(bundles(), new duckdb.VoidLogger(), runtime);
	await bindings.instantiate();
	bindings.open(DUCKDB_OPEN_CONFIG);
	return databaseOver({
		async connect() {
			const connection = bindings.connect();
			return {
				run: async (sql) => connection.query(sql),
				async runPrepared(sql, params) {
					const statement = connection.prepare(sql);
					try {
						return statement.query(...params);
					} finally {
						statement.close();
					}
				},
				insertArrowIpc: async (table, ipc) =>
					connection.insertArrowFromIPCStream(ipc, { name: table, create: false }),
				runToArrowIpc: async (sql) => arrow.tableToIPC(connection.query(sql), 'stream'),
				// Node's statements run synchronously: nothing can interrupt them, the transaction checks between.
				interrupt: async () => {},
				close: async () => connection.close()
			};
		},
		registerFile: async (name, content) => {
			if (content instanceof Uint8Array) bindings.registerFileBuffer(name, content);
			// DuckDB opens the path itself and reads it with fs.readSync as it scans: the file is never in JS memory.
			else if (content.kind === 'path')
				bindings.registerFileURL(name, content.path, duckdb.DuckDBDataProtocol.NODE_FS, false);
			else bindings.registerFileBuffer(name, new Uint8Array(await content.blob.arrayBuffer()));
		},
		watchProgress(listener) {
			progressListeners.add(listener);
			return () => progressListeners.delete(listener);
		},
		dropFile: async (name) => bindings.dropFile(name),
		close: async () => bindings.reset()
	});
}
