// Builds the Database interface over an engine's raw connections: a connection per query, closed in finally; transactions on one.
import { arrowToRows, type ArrowTableLike } from './rows';
import { NO_EXTENSION_DOWNLOADS, type Database, type Queryable } from './types';

/** What each engine build (browser worker or Node) must provide. */
export interface Engine {
	connect(): Promise<RawConnection>;
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
	dropFile(name: string): Promise<void>;
	close(): Promise<void>;
}

export interface RawConnection {
	run(sql: string): Promise<ArrowTableLike>;
	runPrepared(sql: string, params: readonly unknown[]): Promise<ArrowTableLike>;
	insertArrowIpc(table: string, ipc: Uint8Array): Promise<void>;
	close(): Promise<void>;
}

function queryable(connection: RawConnection): Queryable {
	return {
		async query<T extends object>(sql: string, params: readonly unknown[] = []) {
			const table =
				params.length === 0 ? await connection.run(sql) : await connection.runPrepared(sql, params);
			return arrowToRows<T>(table);
		},
		insertArrowIpc: (table, ipc) => connection.insertArrowIpc(table, ipc)
	};
}

export function databaseOver(engine: Engine): Database {
	async function withConnection<T>(work: (connection: RawConnection) => Promise<T>): Promise<T> {
		const connection = await engine.connect();
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
		insertArrowIpc: (table, ipc) =>
			withConnection((connection) => queryable(connection).insertArrowIpc(table, ipc)),
		registerFile: (name, bytes) => engine.registerFile(name, bytes),
		dropFile: (name) => engine.dropFile(name),
		transaction: (work) =>
			withConnection(async (connection) => {
				await connection.run('BEGIN TRANSACTION');
				try {
					const result = await work(queryable(connection));
					await connection.run('COMMIT');
					return result;
				} catch (error) {
					await connection.run('ROLLBACK');
					throw error;
				}
			}),
		close: () => engine.close()
	};
}
