// The network canvas's colours, read from CSS custom properties (src/app.css) so the picture follows light and dark.

export interface CanvasTheme {
	background: string;
	/** Ties between people of different colours, and every tie when colours are a measure's scale. */
	tie: string;
	/** The hovered or selected person's ties, drawn over the dimmed rest. */
	focusTie: string;
	label: string;
	/** Drawn under each label's letters so they read over ties. */
	labelHalo: string;
	/** A thin ring around each person, so that overlapping people stay apart. */
	nodeOutline: string;
	selectedRing: string;
	/** The ring around search matches. */
	highlightRing: string;
	pin: string;
	font: string;
}

/** The light theme, used where no stylesheet says otherwise (and by tests). */
export const LIGHT_THEME: CanvasTheme = {
	background: '#f6f7f9',
	tie: '#5a6270',
	focusTie: '#1e293b',
	label: '#1e293b',
	labelHalo: '#f6f7f9',
	nodeOutline: '#ffffff',
	selectedRing: '#0f172a',
	highlightRing: '#e11d48',
	pin: '#0f172a',
	font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
};

const VARIABLES: Record<Exclude<keyof CanvasTheme, 'font'>, string> = {
	background: '--canvas-bg',
	tie: '--canvas-tie',
	focusTie: '--canvas-tie-focus',
	label: '--canvas-label',
	labelHalo: '--canvas-label-halo',
	nodeOutline: '--canvas-node-outline',
	selectedRing: '--canvas-selected',
	highlightRing: '--canvas-highlight',
	pin: '--canvas-pin'
};

/** The theme as the element's styles give it; any property missing falls back to the light theme. */
export function readTheme(element: Element): CanvasTheme {
	const style = getComputedStyle(element);
	const theme: CanvasTheme = { ...LIGHT_THEME };
	for (const [key, variable] of Object.entries(VARIABLES) as [keyof typeof VARIABLES, string][]) {
		const value = style.getPropertyValue(variable).trim();
		if (value) theme[key] = value;
	}
	const font = style.fontFamily.trim();
	if (font) theme.font = font;
	return theme;
}
