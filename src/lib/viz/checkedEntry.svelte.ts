// A number box that refuses text which is no value: it says so, and the value in use stays until a good one is given.

export class CheckedEntry {
	/** The box holds text that is no value. */
	invalid = $state(false);
	readonly #parse: (text: string) => number | null;
	readonly #inUse: () => number;
	readonly #accept: (value: number) => void;

	/** Made while a component starts: only a new value in use (a workspace opened with another) clears the complaint. */
	constructor(
		parse: (text: string) => number | null,
		inUse: () => number,
		accept: (value: number) => void
	) {
		this.#parse = parse;
		this.#inUse = inUse;
		this.#accept = accept;
		// A derived number, unlike a settings object, does not change when another setting does.
		const current = $derived(inUse());
		$effect.pre(() => {
			void current;
			this.invalid = false;
		});
	}

	/** As text is typed: the complaint goes as soon as it is a value again; the value itself applies on change. */
	input(text: string): void {
		if (this.invalid && this.#parse(text) !== null) this.invalid = false;
	}

	/** The text given: a value other than the one in use is taken, anything else is refused. */
	change(text: string): void {
		const value = this.#parse(text);
		this.invalid = value === null;
		if (value !== null && value !== this.#inUse()) this.#accept(value);
	}
}
