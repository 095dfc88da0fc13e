// Writes a network file's people as the roster and its edges as interactions, inside the import's transaction.
import { Table, makeVector, tableToIPC, type Data } from 'apache-arrow';
import { float64Column, int32Column, utf8Column } from '../../db/arrowColumns';
import type { Queryable } from '../../db/types';
import type { ImportableNetwork } from './networkPeople';

function insert(tx: Queryable, table: string, columns: Record<string, Data>): Promise<void> {
	const vectors = Object.fromEntries(
		Object.entries(columns).map(([name, data]) => [name, makeVector(data)])
	);
	return tx.insertArrowIpc(table, tableToIPC(new Table(vectors), 'stream'));
}

/** Replaces the roster (a network file is one) and this file's earlier interactions. */
export async function storeNetwork(
	tx: Queryable,
	fileName: string,
	network: ImportableNetwork
): Promise<void> {
	const { people, interactions } = network;
	await tx.query('DELETE FROM roster');
	await tx.query('DELETE FROM person_attributes');
	await tx.query(
		`CREATE OR REPLACE TEMP TABLE staged_network_people
		(id VARCHAR, name VARCHAR, team VARCHAR, email VARCHAR, line INTEGER)`
	);
	await insert(tx, 'staged_network_people', {
		id: utf8Column(people.map((p) => p.id)),
		name: utf8Column(people.map((p) => p.name)),
		team: utf8Column(people.map((p) => p.team)),
		email: utf8Column(people.map((p) => p.email)),
		line: int32Column(Int32Array.from(people, (p) => p.line))
	});
	await tx.query(
		`INSERT INTO roster SELECT id, name, team, email, ?, line FROM staged_network_people ORDER BY line`,
		[fileName]
	);
	await tx.query('DROP TABLE staged_network_people');

	const attributes = people.flatMap((p) =>
		p.attributes.map(([name, value]) => [p.id, name, value])
	);
	if (attributes.length > 0) {
		await insert(tx, 'person_attributes', {
			id: utf8Column(attributes.map((row) => row[0])),
			attribute: utf8Column(attributes.map((row) => row[1])),
			value: utf8Column(attributes.map((row) => row[2]))
		});
	}

	await tx.query('DELETE FROM interactions WHERE source_file = ?', [fileName]);
	if (interactions.length === 0) return;
	await tx.query(
		`CREATE OR REPLACE TEMP TABLE staged_network_edges
		(source VARCHAR, target VARCHAR, weight DOUBLE, line INTEGER)`
	);
	await insert(tx, 'staged_network_edges', {
		source: utf8Column(interactions.map((i) => i.source)),
		target: utf8Column(interactions.map((i) => i.target)),
		weight: float64Column(Float64Array.from(interactions, (i) => i.weight)),
		line: int32Column(Int32Array.from(interactions, (i) => i.line))
	});
	await tx.query(
		`INSERT INTO interactions SELECT source, target, weight, NULL, ?, line FROM staged_network_edges ORDER BY line`,
		[fileName]
	);
	await tx.query('DROP TABLE staged_network_edges');
}
