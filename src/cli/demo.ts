// `weft demo --out DIR`: writes the demo organisation's files, the formats users bring.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { demoCalendarFiles, demoFiles } from '../lib/demo/files';
import { UsageError } from './errors';

export async function runDemo(args: { out?: string }): Promise<void> {
	if (!args.out) throw new UsageError('demo needs --out DIR: weft demo --out DIR');
	await mkdir(args.out, { recursive: true });
	for (const file of [...demoFiles(), ...demoCalendarFiles()]) {
		const target = path.join(args.out, file.name);
		await writeFile(target, file.bytes);
		process.stderr.write(`wrote ${target}\n`);
	}
}
