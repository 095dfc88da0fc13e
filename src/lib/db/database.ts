// Builds the Database interface over an engine's raw connections: a connection per query, closed in finally; transactions on one.
import { arrowToColumns, arrowToRows, type ArrowTableLike } from './rows';
import {
	NO_EXTENSION_DOWNLOADS,
	type Columns,
	type Database,
	type DiskSource,
	type Queryable
} from './types';

/** What each engine build (browser worker or Node) must provide. */
export interface Engine {
	/** `interruptible`: statements run so that `interrupt()` can stop them (the browser's pending queries). */
	connect(options?: { interruptible?: boolean }): Promise<RawConnection>;
	registerFile(name: string, content: Uint8Array | DiskSource): Promise<void>;
	dropFile(name: string): Promise<void>;
	/** Sends DuckDB's progress reports (0..100 per statement) to `listener` until the returned function is called. */
	watchProgress(listener: (percentage: number) => void): () => void;
	close(): Promise<void>;
}

export interface RawConnection {
	run(sql: string): Promise<ArrowTableLike>;
	runPrepared(sql: string, params: readonly unknown[]): Promise<ArrowTableLike>;
	insertArrowIpc(table: string, ipc: Uint8Array): Promise<void>;
	/** Each engine serialises with the apache-arrow copy its results are made of (Node's is the CommonJS one). */
	runToArrowIpc(sql: string): Promise<Uint8Array>;
	/** Stops the statement running on an interruptible connection; a no-op where the engine cannot. */
	interrupt(): Promise<void>;
	close(): Promise<void>;
}

/** DuckDB reports progress only for statements running longer than its wait time: 0 reports every one. */
const PROGRESS_SETTINGS = ['SET enable_progress_bar = true', 'SET progress_bar_time = 0'];

function abortError(signal: AbortSignal): unknown {
	return signal.reason instanceof DOMException
		? signal.reason
		: new DOMException('The import was cancelled', 'AbortError');
}

function queryable(connection: RawConnection): Queryable {
	const run = (sql: string, params: readonly unknown[]) =>
		params.length === 0 ? connection.run(sql) : connection.runPrepared(sql, params);
	return {
		async query<T extends object>(sql: string, params: readonly unknown[] = []) {
			return arrowToRows<T>(await run(sql, params));
		},
		async queryColumns<T extends object>(sql: string, params: readonly unknown[] = []) {
			return arrowToColumns(await run(sql, params)) as Columns<T>;
		},
		insertArrowIpc: (table, ipc) => connection.insertArrowIpc(table, ipc),
		queryArrowIpc: (sql) => connection.runToArrowIpc(sql)
	};
}

export function databaseOver(engine: Engine): Database {
	async function withConnection<T>(
		work: (connection: RawConnection) => Promise<T>,
		interruptible = false
	): Promise<T> {
		const connection = await engine.connect({ interruptible });
		try {
			for (const statement of NO_EXTENSION_DOWNLOADS) await connection.run(statement);
			return await work(connection);
		} finally {
			await connection.close();
		}
	}
	return {
		query: (sql, params) =>
			withConnection((connection) => queryable(connection).query(sql, params)),
		queryColumns: (sql, params) =>
			withConnection((connection) => queryable(connection).queryColumns(sql, params)),
		insertArrowIpc: (table, ipc) =>
			withConnection((connection) => queryable(connection).insertArrowIpc(table, ipc)),
		queryArrowIpc: (sql) =>
			withConnection((connection) => queryable(connection).queryArrowIpc(sql)),
		registerFile: (name, content) => engine.registerFile(name, content),
		dropFile: (name) => engine.dropFile(name),
		transaction: (work, { signal, onProgress } = {}) =>
			withConnection(async (connection) => {
				signal?.throwIfAborted();
				const interrupt = () => void connection.interrupt();
				signal?.addEventListener('abort', interrupt);
				const unwatch = onProgress && engine.watchProgress((percent) => onProgress(percent / 100));
				try {
					if (onProgress) for (const setting of PROGRESS_SETTINGS) await connection.run(setting);
					await connection.run('BEGIN TRANSACTION');
					try {
						const tx = queryable(connection);
						// A cancel between statements stops the next one from starting (a scan can take a minute).
						const result = await work({
							...tx,
							query<T extends object>(sql: string, params?: readonly unknown[]) {
								signal?.throwIfAborted();
								return tx.query<T>(sql, params);
							}
						});
						signal?.throwIfAborted();
						await connection.run('COMMIT');
						return result;
					} catch (error) {
						await connection.run('ROLLBACK');
						// An interrupted statement fails with DuckDB's own error: the abort is what happened.
						throw signal?.aborted ? abortError(signal) : error;
					}
				} finally {
					signal?.removeEventListener('abort', interrupt);
					unwatch?.();
				}
			}, signal !== undefined),
		close: () => engine.close()
	};
}
