// The layout worker's stream, run in Node with a stand-in for the worker scope: positions only when the page has
// shown the last ones and at most every 50 ms, nothing while paused, pins exact, and a message when at rest.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LayoutCommand, LayoutMessage } from '../../../src/lib/layout/protocol';
import { organisation } from './organisation';

interface Received {
	message: LayoutMessage;
	at: number;
}

const received: Received[] = [];
let autoShow = false;
const scope = {
	onmessage: null as ((event: { data: LayoutCommand }) => void) | null,
	postMessage(message: LayoutMessage) {
		received.push({ message, at: performance.now() });
		if (autoShow && message.type === 'positions') setTimeout(() => send({ type: 'shown' }), 0);
	}
};

function send(command: LayoutCommand): void {
	scope.onmessage?.({ data: command });
}

const positionsMessages = () =>
	received.flatMap(({ message, at }) => (message.type === 'positions' ? [{ ...message, at }] : []));
const lastState = () => received.at(-1)?.message;

async function waitFor(test: () => boolean, timeout = 10_000): Promise<void> {
	const start = performance.now();
	while (!test()) {
		if (performance.now() - start > timeout) throw new Error('waited too long');
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
	vi.stubGlobal('self', scope);
	await import('../../../src/lib/layout/layout.worker');
});

afterEach(() => {
	autoShow = false;
	// Stop ticking between tests.
	send({ type: 'pause' });
});

describe('the layout worker', () => {
	// Large enough to keep ticking for a few seconds.
	const large = () => organisation(Array(12).fill(250), 8, 0.2);

	it('sends positions only once the page has shown the last ones, at most every 50 ms', async () => {
		received.length = 0;
		send({ type: 'start', graph: large(), mode: 'free' });
		await waitFor(() => positionsMessages().length === 1);
		await sleep(300);
		expect(positionsMessages()).toHaveLength(1);
		for (let k = 0; k < 4; k++) {
			send({ type: 'shown' });
			await waitFor(() => positionsMessages().length === k + 2);
		}
		const frames = positionsMessages();
		for (let k = 1; k < frames.length; k++) {
			expect(frames[k].at - frames[k - 1].at).toBeGreaterThanOrEqual(49);
			expect(frames[k].positions).toHaveLength(2 * 3000);
			expect(frames[k].positions.buffer).not.toBe(frames[k - 1].positions.buffer);
			expect(frames[k].positions).not.toEqual(frames[k - 1].positions);
			expect(frames[k].state).toMatchObject({ running: true, paused: false });
		}
	});

	it('sends nothing more once paused, and streams again when resumed', async () => {
		received.length = 0;
		send({ type: 'start', graph: large(), mode: 'free' });
		autoShow = true;
		await waitFor(() => positionsMessages().length >= 3);
		send({ type: 'pause' });
		await waitFor(() => {
			const message = lastState();
			return message?.type !== 'failed' && message?.state.paused === true;
		});
		await sleep(100);
		const count = positionsMessages().length;
		await sleep(1_000);
		expect(positionsMessages()).toHaveLength(count);
		send({ type: 'resume' });
		await waitFor(() => positionsMessages().length >= count + 3);
		expect(positionsMessages().at(-1)?.state).toMatchObject({ running: true, paused: false });
	});

	it('moves a person pinned while paused exactly there, and no one else', async () => {
		received.length = 0;
		send({ type: 'start', graph: large(), mode: 'free' });
		autoShow = true;
		await waitFor(() => positionsMessages().length >= 2);
		send({ type: 'pause' });
		await sleep(200);
		const before = positionsMessages().at(-1)!.positions;
		send({ type: 'pin', index: 5, x: 1000.5, y: -2000.25 });
		await waitFor(() => positionsMessages().at(-1)!.positions[10] === 1000.5);
		const after = positionsMessages().at(-1)!.positions;
		expect([after[10], after[11]]).toEqual([1000.5, -2000.25]);
		const others = (p: Float32Array) => [...p.slice(0, 10), ...p.slice(12)];
		expect(others(after)).toEqual(others(before));
		expect(positionsMessages().at(-1)!.state).toMatchObject({ running: false, paused: true });
	});

	it('comes to rest, says so with its last positions, and moves again on a change of mode', async () => {
		received.length = 0;
		send({ type: 'start', graph: organisation([20, 20, 20], 6, 0.3), mode: 'free' });
		autoShow = true;
		await waitFor(() => positionsMessages().at(-1)?.state.settled === 1);
		expect(positionsMessages().at(-1)!.state).toEqual({
			running: false,
			paused: false,
			settled: 1
		});
		const count = positionsMessages().length;
		await sleep(200);
		expect(positionsMessages()).toHaveLength(count);
		send({ type: 'mode', mode: 'teams' });
		await waitFor(() => positionsMessages().length > count);
		expect(positionsMessages().at(-1)!.state.running).toBe(true);
	});

	it('reports a network it cannot lay out', async () => {
		received.length = 0;
		send({
			type: 'start',
			graph: {
				teams: new Uint32Array(2),
				sources: Uint32Array.from([0]),
				targets: Uint32Array.from([9])
			},
			mode: 'free'
		});
		await waitFor(() => received.length > 0);
		expect(received[0].message).toEqual({
			type: 'failed',
			message: 'LayoutSimulation: tie 0 names a person beyond the 2 given'
		});
	});
});
