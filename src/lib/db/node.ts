// The Node implementation of Database: duckdb-wasm's own Node build, so the CLI and tests run the real engine.
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import path from 'node:path';
import { databaseOver } from './database';
import { DUCKDB_OPEN_CONFIG, type Database } from './types';

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
	const bindings = await duckdb.createDuckDB(
		bundles(),
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
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
				close: async () => connection.close()
			};
		},
		registerFile: async (name, bytes) => bindings.registerFileBuffer(name, bytes),
		dropFile: async (name) => bindings.dropFile(name),
		close: async () => bindings.reset()
	});
}
