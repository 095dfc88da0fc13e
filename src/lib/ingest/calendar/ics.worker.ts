// The page's .ics parsing worker.
import { serveIcsRequests } from './icsWorkerServer';
import type { IcsRequest } from './icsWorkerProtocol';

serveIcsRequests({
	answer: (response, transfer = []) => self.postMessage(response, { transfer }),
	onRequest: (handle) => {
		self.onmessage = (event: MessageEvent<IcsRequest>) => handle(event.data);
	}
});
