// Acme's four people, whom the hand-checked calendar tests meet in, and a tie written as one line to compare.
import type { Tie } from '../../../src/lib/graph/types';
import { textFile } from '../../../src/lib/ingest/inputFile';

/** Ann in Sales; Bo, Cy and Dee in Ops; keyed by email. */
export const acmeRoster = () =>
	textFile(
		'roster.csv',
		'email,name,team\nann@acme.com,Ann Lee,Sales\nbo@acme.com,Bo Yu,Ops\ncy@acme.com,Cy Tan,Ops\ndee@acme.com,Dee Roy,Ops\n'
	);

export const tieLine = (tie: Tie) =>
	`${tie.source}|${tie.target} i=${tie.interactions} m=${tie.minutes} w=${tie.weight}`;
