// Escapes text for HTML and SVG markup, so names and titles from the data are always read as text.

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text safe inside an element or a quoted attribute; control characters other than tab and newline are dropped. */
export function escapeHtml(text: string): string {
	return (
		text
			// Control characters are what the rule warns of: here they are matched on purpose, to be dropped.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
			.replace(/[&<>"']/g, (c) => ENTITIES[c])
	);
}
