// Builds Arrow columns from plain arrays fast enough for a million rows, for bulk inserts into DuckDB.
import { Bool, Float64, Int32, Utf8, makeData, type Data } from 'apache-arrow';

const encoder = new TextEncoder();

/** Strings as one UTF-8 buffer with offsets; apache-arrow's vectorFromArray takes ~1 s per million strings, this ~0.1 s. */
export function utf8Column(values: readonly (string | null)[]): Data<Utf8> {
	const length = values.length;
	const valueOffsets = new Int32Array(length + 1);
	const nullBitmap = new Uint8Array(Math.ceil(length / 8));
	let capacity = 16;
	for (const value of values) if (value !== null) capacity += value.length * 3;
	let bytes = new Uint8Array(capacity);
	let offset = 0;
	let nullCount = 0;
	for (let i = 0; i < length; i++) {
		const value = values[i];
		if (value === null) nullCount++;
		else {
			nullBitmap[i >> 3] |= 1 << (i & 7);
			offset += encoder.encodeInto(value, bytes.subarray(offset)).written;
		}
		valueOffsets[i + 1] = offset;
	}
	bytes = bytes.subarray(0, offset);
	return makeData({ type: new Utf8(), length, nullCount, nullBitmap, valueOffsets, data: bytes });
}

export function int32Column(values: Int32Array): Data<Int32> {
	return makeData({ type: new Int32(), length: values.length, data: values });
}

export function float64Column(values: Float64Array): Data<Float64> {
	return makeData({ type: new Float64(), length: values.length, data: values });
}

export function boolColumn(values: readonly boolean[]): Data<Bool> {
	const bits = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((value, i) => {
		if (value) bits[i >> 3] |= 1 << (i & 7);
	});
	return makeData({ type: new Bool(), length: values.length, data: bits });
}
