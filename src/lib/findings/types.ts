// The findings report: the story of one analysis as sections of findings, each with its figures, a chart and a view.

/** The dashboard views a finding can point to. */
export type FindingView = 'network' | 'people' | 'teams' | 'communities' | 'roles' | 'change';

export const VIEW_LABELS: Record<FindingView, string> = {
	network: 'Network',
	people: 'People',
	teams: 'Teams',
	communities: 'Communities',
	roles: 'Roles',
	change: 'Change'
};

/** One figure as written in the report: already formatted, so the view and the HTML file agree. */
export interface FindingFigure {
	label: string;
	value: string;
}

/** A horizontal bar per item; a domain below zero draws bars from a zero line (E-I indices). */
export interface BarChart {
	kind: 'bars';
	/** What the chart shows, for screen readers and as its caption. */
	caption: string;
	domain: [number, number];
	items: { label: string; value: number; display: string; colour: string; emphasis: boolean }[];
}

/** One bar per row split into coloured segments (communities by team, people at the edge by team). */
export interface StackedChart {
	kind: 'stacked';
	caption: string;
	rows: {
		label: string;
		display: string;
		segments: { label: string; value: number; colour: string }[];
	}[];
	/** The segments' colours explained, in order. */
	legend: { label: string; colour: string }[];
}

/** Teams as circles on a ring, sized by their people, joined by lines as thick as their collaboration. */
export interface TeamNetworkChart {
	kind: 'teamNetwork';
	caption: string;
	teams: { team: string; size: number; colour: string; emphasis: boolean }[];
	links: { a: string; b: string; weight: number }[];
}

/** Each fragile bridge as team - person - team, the person's share of the weight written on it. */
export interface BridgeChart {
	kind: 'bridges';
	caption: string;
	rows: {
		teams: [string, string];
		colours: [string, string];
		person: string;
		personColour: string;
		share: number;
		weight: number;
	}[];
}

/** A figure before and after, one row each (what changed between two periods). */
export interface ChangeChart {
	kind: 'change';
	caption: string;
	periods: [string, string];
	rows: { label: string; before: number; after: number; display: [string, string] }[];
}

export type ChartSpec = BarChart | StackedChart | TeamNetworkChart | BridgeChart | ChangeChart;

export interface Finding {
	id: string;
	/** The finding in one sentence. */
	title: string;
	/** Plain-language paragraphs, as text (never markup). */
	text: string[];
	figures: FindingFigure[];
	chart: ChartSpec | null;
	/** The view that shows the finding in full. */
	view: FindingView;
}

export type SectionId =
	'overview' | 'silos' | 'bridges' | 'brokers' | 'edge' | 'communities' | 'change';

export interface FindingsSection {
	id: SectionId;
	title: string;
	findings: Finding[];
}

export interface FindingsReport {
	title: string;
	/** What was analysed, in a line. */
	subtitle: string;
	sections: FindingsSection[];
	/** How to read the report and what it leaves out (suppressed small teams, estimates). */
	notes: string[];
}

/**
 * What changed between two periods, from whichever comparison the caller has (src/lib/change when present).
 * Optional: without it the report has no "What changed" section.
 */
export interface ChangeInput {
	/** The two periods as people read them, e.g. ['January', 'February']. */
	periods: [string, string];
	/** Figures compared; a share is written as a percentage. */
	figures: { label: string; before: number; after: number; share?: boolean }[];
	/** Sentences the comparison already wrote (who moved to the edge, new bridges, ...), as text. */
	notes?: string[];
}

export interface FindingsOptions {
	/**
	 * Teams with fewer people than this have their figures left out of per-team findings and charts (a privacy
	 * minimum group size); 0 or absent shows every team.
	 */
	minGroupSize?: number;
	/** A comparison of two periods, when one is set. */
	change?: ChangeInput;
	/** What the data is, for the subtitle ("the demo organisation (Northwind)", "your data"). */
	source?: string;
}
