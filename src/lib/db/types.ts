// The one database interface of Weft: code above src/lib/db never knows whether DuckDB runs in a browser worker or in Node.

/** A result row as plain JS values: numbers, strings, booleans, null (never BigInt or Arrow types). */
export type Row = Record<string, unknown>;

/** A result's columns by name, each as long as the result. */
export type Columns<T extends object> = { [K in keyof T]: ArrayLike<T[K]> };

/** Something SQL can be run against: the database itself or an open transaction. */
export interface Queryable {
	/** Runs one statement; `params` bind to `?` placeholders, so values are never pasted into SQL. */
	query<T extends object = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
	/**
	 * Runs one statement and gives its result column by column (typed arrays where Arrow has them): for results of
	 * a hundred thousand rows, where making an object per row takes longer than the query.
	 */
	queryColumns<T extends object>(sql: string, params?: readonly unknown[]): Promise<Columns<T>>;
	/** Appends rows given as an Arrow IPC stream to an existing table whose columns have the same names. */
	insertArrowIpc(table: string, ipc: Uint8Array): Promise<void>;
	/** The result of one statement as an Arrow IPC stream, types and all (what a saved workspace holds). */
	queryArrowIpc(sql: string): Promise<Uint8Array>;
}

/**
 * A file DuckDB reads from disk in slices, never whole in JS memory: a browser `File` (read in DuckDB's worker with
 * FileReaderSync) or a path (Node, read with `fs`). Each engine takes the kind it can read.
 */
export type DiskSource = { kind: 'blob'; blob: Blob } | { kind: 'path'; path: string };

/** The share (0..1) of the running statement DuckDB reports done; it counts bytes read for a `read_csv`. */
export type QueryProgress = (fraction: number) => void;

export interface Database extends Queryable {
	/** Makes bytes, or a file on disk, readable by SQL under `name` (e.g. in `read_csv(name)`). */
	registerFile(name: string, content: Uint8Array | DiskSource): Promise<void>;
	dropFile(name: string): Promise<void>;
	/**
	 * Runs `work` on one connection inside BEGIN/COMMIT; any error rolls everything back. With a `signal`, aborting
	 * interrupts the statement running (where the engine can: the browser's) and rolls back with an AbortError.
	 */
	transaction<T>(
		work: (tx: Queryable) => Promise<T>,
		options?: { signal?: AbortSignal; onProgress?: QueryProgress }
	): Promise<T>;
	close(): Promise<void>;
}

/** Settings both implementations open DuckDB with. */
export const DUCKDB_OPEN_CONFIG = {
	query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: false }
};

/** Extension downloads hang or fail here (and would leak requests): DuckDB must only use what is built in. */
export const NO_EXTENSION_DOWNLOADS = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
];
