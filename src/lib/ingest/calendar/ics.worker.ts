// Parses .ics files off the main thread, one message per file, so a large calendar never freezes the page.
import { InputError, isInputError } from '../errors';
import { parseIcs } from './ics';
import type { IcsRequest, IcsResponse } from './icsWorkerProtocol';

self.onmessage = (event: MessageEvent<IcsRequest>) => {
	const { name, bytes, window } = event.data;
	let response: IcsResponse;
	try {
		const onProgress = (progress: number) => self.postMessage({ progress } satisfies IcsResponse);
		const text = new TextDecoder().decode(bytes);
		response = { ok: true, calendar: parseIcs(name, text, { window, onProgress }) };
	} catch (error) {
		const inputError = isInputError(error)
			? error
			: new InputError(name, error instanceof Error ? error.message : String(error));
		response = {
			ok: false,
			file: inputError.file,
			problem: inputError.problem,
			line: inputError.line
		};
	}
	self.postMessage(response);
};
