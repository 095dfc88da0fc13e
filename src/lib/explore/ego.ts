// A person's ego network: everyone within one or two steps of them along ties.
import type { Tie } from '../graph/types';

export function egoNetwork(ties: readonly Tie[], centre: string, steps: 1 | 2): Set<string> {
	const neighbours = new Map<string, string[]>();
	const link = (a: string, b: string) => {
		const list = neighbours.get(a);
		if (list) list.push(b);
		else neighbours.set(a, [b]);
	};
	for (const { source, target } of ties) {
		link(source, target);
		link(target, source);
	}
	const reached = new Set([centre]);
	let frontier = [centre];
	for (let step = 0; step < steps; step++) {
		const next: string[] = [];
		for (const person of frontier)
			for (const other of neighbours.get(person) ?? [])
				if (!reached.has(other)) {
					reached.add(other);
					next.push(other);
				}
		frontier = next;
	}
	return reached;
}
