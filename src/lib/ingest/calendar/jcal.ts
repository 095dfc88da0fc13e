// The jCal arrays ical.js's parser returns, and reading text out of them without building ical.js objects.

/** `[name, parameters, value type, ...values]`; names and parameter names are lower-case. */
export type JCalProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

/** `[name, properties, subcomponents]`. */
export type JCalComponent = [string, JCalProperty[], JCalComponent[]];

/** A parameter's value; the first one when ical.js split a multi-valued parameter. */
export function paramText(property: JCalProperty, name: string): string | undefined {
	const value = property[1][name];
	return Array.isArray(value) ? value[0] : value;
}

/** A property's first value as text ('' when it has none). */
export function propertyText(property: JCalProperty): string {
	const value = property[3];
	return typeof value === 'string' ? value : value === undefined ? '' : String(value);
}

/** The first value of the component's first property of that name. */
export function componentText(component: JCalComponent, name: string): string | undefined {
	const property = component[1].find((candidate) => candidate[0] === name);
	return property && propertyText(property);
}
