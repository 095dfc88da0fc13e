// Stable pseudonyms ("Person 042") for people's names and keys, applied once where the network leaves the database.
import type { Person, Tie } from '../graph/types';
import type { PracticeCommunity } from '../insight/types';

export interface Pseudonym {
	/** Stands for the person's key (roster id or email) in every table, file and selection. */
	id: string;
	/** Stands for the person's name. */
	name: string;
}

export interface PseudonymsSnapshot {
	salt: string;
	/** People's keys in the order they were numbered. */
	keys: string[];
}

/** Said instead of an attribute value that holds an email address not on the roster. */
export const HIDDEN_VALUE = 'hidden';

/** FNV-1a: a cheap, well-spread hash, so the numbering follows neither the roster's order nor the alphabet. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

function randomSalt(): string {
	const bytes = new Uint8Array(8);
	crypto.getRandomValues(bytes);
	return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The mapping from people to pseudonyms, kept in memory only. A person keeps their number for as long as the mapping
 * lives (settings changes, re-imports); people met later get the next numbers. The salt makes the numbering differ
 * from one workspace to another, so a number says nothing about who it is.
 */
export class Pseudonyms {
	readonly #salt: string;
	readonly #byKey = new Map<string, Pseudonym>();

	constructor(salt: string = randomSalt()) {
		this.#salt = salt;
	}

	get size(): number {
		return this.#byKey.size;
	}

	/** What a saved workspace keeps so that everyone has the same number after a reload. */
	snapshot(): PseudonymsSnapshot {
		return { salt: this.#salt, keys: [...this.#byKey.keys()] };
	}

	/** The mapping a snapshot was taken of: the keys numbered again in the order they were first met. */
	static restored(snapshot: PseudonymsSnapshot): Pseudonyms {
		const pseudonyms = new Pseudonyms(snapshot.salt);
		for (const key of snapshot.keys) pseudonyms.#number(key);
		return pseudonyms;
	}

	#number(key: string): void {
		const number = String(this.#byKey.size + 1).padStart(3, '0');
		this.#byKey.set(key, { id: `person-${number}`, name: `Person ${number}` });
	}

	/** Numbers the people not seen before, in an order given by the salted hash of their key. */
	assign(people: readonly Person[]): void {
		const fresh = people
			.filter((person) => !this.#byKey.has(person.id))
			.map((person) => ({ id: person.id, order: hash(this.#salt + person.id) }))
			.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		for (const { id } of fresh) this.#number(id);
	}

	of(key: string): Pseudonym {
		const pseudonym = this.#byKey.get(key);
		if (!pseudonym) throw new Error(`Pseudonyms.of: no pseudonym for a person not assigned yet`);
		return pseudonym;
	}
}

export interface NetworkData {
	people: Person[];
	ties: Tie[];
}

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+/g;
/** Names and name parts shorter than this (Bo, Al) are left in free text: they are too often parts of other words. */
const SHORTEST_NAME = 3;

const escapedAlternatives = (texts: Iterable<string>) =>
	[...texts]
		.sort((a, b) => b.length - a.length)
		.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|');

/**
 * Each first or last name on its own ("Ann's 1:1", "lee.ics") to the pseudonym of the one person it belongs to, or to
 * HIDDEN_VALUE when several share it.
 */
function namePartReplacements(
	people: readonly Person[],
	pseudonyms: Pseudonyms
): Map<string, string> {
	const owners = new Map<string, Set<string>>();
	for (const person of people) {
		if (person.name.includes('@')) continue;
		for (const part of person.name.toLowerCase().split(/[\s,]+/)) {
			if (part.length < SHORTEST_NAME) continue;
			owners.set(part, (owners.get(part) ?? new Set()).add(pseudonyms.of(person.id).name));
		}
	}
	return new Map(
		[...owners].map(([part, names]) => [part, names.size === 1 ? [...names][0] : HIDDEN_VALUE])
	);
}

/**
 * Replaces every known name, key and email inside free text (meeting titles, file names) with the pseudonym, then
 * first and last names standing as words of their own.
 */
function textRedactor(people: readonly Person[], pseudonyms: Pseudonyms): (text: string) => string {
	const replacements = new Map<string, string>();
	for (const person of people) {
		const { name } = pseudonyms.of(person.id);
		for (const known of [person.id, person.name, person.attributes.email]) {
			if (known && known.trim().length >= SHORTEST_NAME)
				replacements.set(known.trim().toLowerCase(), name);
		}
	}
	const parts = namePartReplacements(people, pseudonyms);
	const known = replacements.size > 0 && new RegExp(escapedAlternatives(replacements.keys()), 'gi');
	// A part only as a whole word, in any script: "Lee" in "Lee's review", not in "Leeds".
	const part =
		parts.size > 0 &&
		new RegExp(
			`(?<![\\p{L}\\p{N}])(?:${escapedAlternatives(parts.keys())})(?![\\p{L}\\p{N}])`,
			'giu'
		);
	const replaced = (from: ReadonlyMap<string, string>) => (match: string) =>
		from.get(match.toLowerCase()) ?? HIDDEN_VALUE;
	return (text) => {
		let redacted = known ? text.replace(known, replaced(replacements)) : text;
		redacted = redacted.replace(EMAIL, HIDDEN_VALUE);
		return part ? redacted.replace(part, replaced(parts)) : redacted;
	};
}

/**
 * The network with names and keys replaced: ties and practice communities follow the new keys, teams stay, and a
 * roster column whose value names a person or holds an email (a manager's, say) is replaced too.
 */
export function pseudonymiseNetwork(
	network: NetworkData,
	pseudonyms: Pseudonyms,
	practiceCommunities: readonly PracticeCommunity[] = []
): {
	network: NetworkData;
	practiceCommunities: PracticeCommunity[];
	/** The same pseudonyms for communities of practice found later. */
	hideCommunities: (communities: readonly PracticeCommunity[]) => PracticeCommunity[];
	redact: (text: string) => string;
} {
	pseudonyms.assign(network.people);
	const byValue = new Map<string, string>();
	for (const person of network.people) {
		const { name } = pseudonyms.of(person.id);
		for (const value of [person.id, person.name]) byValue.set(value.trim().toLowerCase(), name);
	}
	const attributeValue = (value: string) =>
		byValue.get(value.trim().toLowerCase()) ?? (value.includes('@') ? HIDDEN_VALUE : value);
	const redact = textRedactor(network.people, pseudonyms);
	const key = (id: string) => pseudonyms.of(id).id;
	const people = network.people.map((person) => ({
		...pseudonyms.of(person.id),
		team: person.team,
		attributes: Object.fromEntries(
			Object.entries(person.attributes).map(([column, value]) => [column, attributeValue(value)])
		)
	}));
	const ties = network.ties.map((tie) => {
		const [source, target] = [key(tie.source), key(tie.target)];
		// Ties keep `source < target` in key order, as loadNetwork gives them.
		return source < target
			? { ...tie, source, target }
			: { ...tie, source: target, target: source };
	});
	const listed = new Set(network.people.map((person) => person.id));
	const known = (id: string) => listed.has(id);
	const hideCommunities = (communities: readonly PracticeCommunity[]) =>
		communities.map((community) => ({
			...community,
			title: redact(community.title),
			members: community.members.map((id) => (known(id) ? key(id) : HIDDEN_VALUE)),
			organizer:
				community.organizer === null
					? null
					: known(community.organizer)
						? key(community.organizer)
						: HIDDEN_VALUE
		}));
	return {
		network: { people, ties },
		practiceCommunities: hideCommunities(practiceCommunities),
		hideCommunities,
		redact
	};
}
