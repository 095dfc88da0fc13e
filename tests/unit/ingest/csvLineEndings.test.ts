// Which line a CSV's line endings go wrong on, when DuckDB's reader stops: breaks inside quotes belong to a value.
import { describe, expect, it } from 'vitest';
import { csvReadError } from '../../../src/lib/ingest/csvTable';

const READER_STOPPED = new Error(
	'Invalid Input Error: The CSV Parser state machine reached an invalid state.'
);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('explaining a CSV whose line endings DuckDB could not follow', () => {
	it('names the first line ending unlike the first, not a break inside a quoted cell', () => {
		// Line 2's cell breaks with a bare \n, as Excel writes it; line 4 is the one that ends differently.
		const error = csvReadError('x.csv', READER_STOPPED, bytes('a,b\r\n1,"x\ny"\r\n2,z\n3,w\r\n'));
		expect(error.message).toBe(
			'x.csv: line 4: this line ends differently from the first (\\r\\n and \\n mixed); save the file again as CSV'
		);
	});

	it('names a carriage return alone outside quotes, and lets one inside quotes be', () => {
		const error = csvReadError('x.csv', READER_STOPPED, bytes('a,b\n1,"x\ry"\n2,z\rw\n'));
		expect(error.message).toBe(
			'x.csv: line 3: a carriage return (\\r) in the middle of the line; save the file again as CSV'
		);
	});
});
