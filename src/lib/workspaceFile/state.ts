// What a workspace keeps besides its tables: where the data came from, the settings, and what the user had selected.
import type { Period } from '../change/periods';
import { NO_FILTER, storedFilter, type StoredFilter } from '../explore/filters';
import { DEFAULT_SETTINGS, SMALLEST_SIZE_CAP, type NetworkSettings } from '../graph/settings';
import type { FileKind, ImportedFile } from '../ingest/importFiles';
import { DEFAULT_ROLE_RULES } from '../insight/roles';
import type { RoleRules } from '../insight/types';
import { DEFAULT_MIN_GROUP_SIZE, isMinGroupSize } from '../privacy/minGroupSize';
import type { PseudonymsSnapshot } from '../privacy/pseudonymise';

export type DataSource = { kind: 'demo' } | { kind: 'files'; files: ImportedFile[] };

/** What the page had in view; each page checks the names against its own before using them. */
export interface Selection {
	personId: string | null;
	view: string;
	colourBy: string;
	teamView: boolean;
	layoutMode: string;
	/** Who the network view leaves out (legend entries, externals, light ties). */
	filter: StoredFilter;
	/** The person whose ego network alone is shown, and how many steps out. */
	ego: { id: string; steps: 1 | 2 } | null;
	/** The Change view's two periods, A and B; null until it has some. */
	periods: { a: Period; b: Period } | null;
}

export interface WorkspaceState {
	source: DataSource;
	settings: NetworkSettings;
	roleRules: RoleRules;
	pseudonymise: boolean;
	/** Who is which pseudonym, so numbers stay the same after a reload; null before pseudonyms were first used. */
	pseudonyms: PseudonymsSnapshot | null;
	minGroupSize: number;
	selection: Selection;
}

export const DEFAULT_SELECTION: Selection = {
	personId: null,
	view: 'network',
	colourBy: 'team',
	teamView: false,
	layoutMode: 'free',
	filter: storedFilter(NO_FILTER),
	ego: null,
	periods: null
};

export const DEFAULT_STATE: WorkspaceState = {
	source: { kind: 'demo' },
	settings: DEFAULT_SETTINGS,
	roleRules: DEFAULT_ROLE_RULES,
	pseudonymise: false,
	pseudonyms: null,
	minGroupSize: DEFAULT_MIN_GROUP_SIZE,
	selection: DEFAULT_SELECTION
};

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isFiniteNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);

/** Each field of `fallback` taken from `given` where it has the same type there (numbers finite). */
function sameShape<T extends object>(given: unknown, fallback: T): T {
	const from = isObject(given) ? given : {};
	const result: Fields = { ...(fallback as Fields) };
	for (const [key, value] of Object.entries(fallback)) {
		const candidate = from[key];
		if (typeof value === 'number' ? isFiniteNumber(candidate) : typeof candidate === typeof value)
			result[key] = candidate;
	}
	return result as T;
}

/** A window bound: epoch ms, or null for none. */
function bound(value: unknown): number | null {
	return isFiniteNumber(value) ? value : null;
}

const FILE_KINDS: readonly FileKind[] = ['roster', 'interactions', 'calendar', 'network'];

function importedFile(value: unknown): ImportedFile[] {
	if (!isObject(value) || typeof value.name !== 'string' || !isFiniteNumber(value.rows)) return [];
	const kind = FILE_KINDS.find((known) => known === value.kind);
	if (!kind) return [];
	const events = isFiniteNumber(value.events) ? { events: value.events } : {};
	return [{ name: value.name, kind, rows: value.rows, ...events }];
}

function texts(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

function filter(value: unknown): StoredFilter {
	const given = isObject(value) ? value : {};
	return {
		...sameShape(given, DEFAULT_SELECTION.filter),
		hiddenTeams: texts(given.hiddenTeams),
		hiddenRoles: texts(given.hiddenRoles),
		hiddenCommunities: Array.isArray(given.hiddenCommunities)
			? given.hiddenCommunities.filter(isFiniteNumber)
			: []
	};
}

function ego(value: unknown): Selection['ego'] {
	if (!isObject(value) || typeof value.id !== 'string') return null;
	return { id: value.id, steps: value.steps === 2 ? 2 : 1 };
}

function period(value: unknown): Period | null {
	if (!isObject(value) || !isFiniteNumber(value.from) || !isFiniteNumber(value.to)) return null;
	return value.to > value.from ? { from: value.from, to: value.to } : null;
}

function periods(value: unknown): Selection['periods'] {
	if (!isObject(value)) return null;
	const [a, b] = [period(value.a), period(value.b)];
	return a && b ? { a, b } : null;
}

function source(value: unknown): DataSource {
	if (isObject(value) && value.kind === 'files' && Array.isArray(value.files))
		return { kind: 'files', files: value.files.flatMap(importedFile) };
	return { kind: 'demo' };
}

function pseudonyms(value: unknown): PseudonymsSnapshot | null {
	if (!isObject(value) || typeof value.salt !== 'string' || !Array.isArray(value.keys)) return null;
	const keys = value.keys.filter((key): key is string => typeof key === 'string');
	return { salt: value.salt, keys };
}

/**
 * The state a saved workspace holds, read from its JSON whatever that holds: a field that is missing or of the wrong
 * type takes its default, so a file written by hand or cut short still opens.
 */
export function readWorkspaceState(value: unknown): WorkspaceState {
	const given = isObject(value) ? value : {};
	const settings = sameShape(given.settings, DEFAULT_SETTINGS);
	const givenSettings = isObject(given.settings) ? given.settings : {};
	const givenSelection = isObject(given.selection) ? given.selection : {};
	const minGroupSize = isFiniteNumber(given.minGroupSize) ? given.minGroupSize : NaN;
	return {
		source: source(given.source),
		settings: {
			...settings,
			from: bound(givenSettings.from),
			to: bound(givenSettings.to),
			maxAttendees: Math.max(SMALLEST_SIZE_CAP, Math.round(settings.maxAttendees))
		},
		roleRules: sameShape(given.roleRules, DEFAULT_ROLE_RULES),
		pseudonymise: given.pseudonymise === true,
		pseudonyms: pseudonyms(given.pseudonyms),
		minGroupSize: isMinGroupSize(minGroupSize) ? minGroupSize : DEFAULT_MIN_GROUP_SIZE,
		selection: {
			...sameShape(given.selection, DEFAULT_SELECTION),
			personId: typeof givenSelection.personId === 'string' ? givenSelection.personId : null,
			filter: filter(givenSelection.filter),
			ego: ego(givenSelection.ego),
			periods: periods(givenSelection.periods)
		}
	};
}
