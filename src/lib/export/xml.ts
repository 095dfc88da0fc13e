// Escapes text for XML attribute values and content, so any name (markup, ampersands, quotes, control characters) stays text.

/** Characters XML 1.0 cannot hold at all, not even as a character reference: they become U+FFFD. */
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	// Written as references so that attribute-value normalisation does not turn them into spaces.
	'\t': '&#9;',
	'\n': '&#10;',
	'\r': '&#13;'
};

export function escapeXml(text: string): string {
	return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char]);
}
