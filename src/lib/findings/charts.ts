// Draws a finding's chart as an SVG string with d3's scales: one drawing for the dashboard, the print and the report.
import { scaleLinear, scaleSqrt } from 'd3';
import { escapeHtml } from './escape';
import type {
	BarChart,
	BridgeChart,
	ChangeChart,
	ChartSpec,
	StackedChart,
	TeamNetworkChart
} from './types';

const WIDTH = 640;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 72;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const MUTED = '#64748b';
/** Room for "39 from 12 teams" after the longest stacked bar. */
const STACK_VALUE_WIDTH = 118;
const BRIDGE_LINE = '#475569';

/** Rounded to 0.1 px: crisp enough for print, short enough to keep the file small. */
const r = (value: number) => Math.round(value * 10) / 10;

/** Labels past `max` characters end in an ellipsis; the full text stays in a <title> for hover and screen readers. */
function label(text: string, max: number): string {
	const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
	return short === text
		? escapeHtml(text)
		: `<title>${escapeHtml(text)}</title>${escapeHtml(short)}`;
}

function svg(height: number, caption: string, body: string, width = WIDTH): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" class="finding-chart" viewBox="0 0 ${width} ${r(height)}" ` +
		`width="${width}" height="${r(height)}" role="img" aria-label="${escapeHtml(caption)}" ` +
		`font-family="${FONT}" font-size="12" fill="currentColor">` +
		`<title>${escapeHtml(caption)}</title>${body}</svg>`
	);
}

function bars(chart: BarChart): string {
	const row = 22;
	const x = scaleLinear()
		.domain(chart.domain)
		.range([LABEL_WIDTH, WIDTH - VALUE_WIDTH]);
	const zero = x(Math.max(chart.domain[0], Math.min(0, chart.domain[1])));
	const parts = chart.items.map((item, i) => {
		const y = 6 + i * row;
		const end = x(item.value);
		const left = Math.min(zero, end);
		const weight = item.emphasis ? ' font-weight="700"' : '';
		return (
			`<text x="${LABEL_WIDTH - 8}" y="${y + 14}" text-anchor="end"${weight}>${label(item.label, 24)}</text>` +
			`<rect x="${r(left)}" y="${y + 3}" width="${r(Math.max(Math.abs(end - zero), 1))}" height="${row - 8}" ` +
			`rx="2" fill="${escapeHtml(item.colour)}"${item.emphasis ? '' : ' fill-opacity="0.55"'}/>` +
			`<text x="${WIDTH - VALUE_WIDTH + 6}" y="${y + 14}"${weight}>${escapeHtml(item.display)}</text>`
		);
	});
	const height = 12 + chart.items.length * row;
	const axis =
		chart.domain[0] < 0
			? `<line x1="${r(zero)}" x2="${r(zero)}" y1="2" y2="${height - 4}" stroke="${MUTED}" stroke-width="1"/>`
			: '';
	return svg(height, chart.caption, axis + parts.join(''));
}

function legend(entries: { label: string; colour: string }[]): { body: string; height: number } {
	let x = LABEL_WIDTH;
	let y = 12;
	const parts: string[] = [];
	for (const entry of entries) {
		const width = 22 + Math.min(entry.label.length, 22) * 6.6;
		if (x + width > WIDTH && x > LABEL_WIDTH) {
			x = LABEL_WIDTH;
			y += 18;
		}
		parts.push(
			`<rect x="${r(x)}" y="${y - 9}" width="10" height="10" rx="2" fill="${escapeHtml(entry.colour)}"/>` +
				`<text x="${r(x + 14)}" y="${y}" font-size="11">${label(entry.label, 22)}</text>`
		);
		x += width;
	}
	return { body: parts.join(''), height: entries.length === 0 ? 0 : y + 10 };
}

function stacked(chart: StackedChart): string {
	const row = 22;
	const key = legend(chart.legend);
	const max = Math.max(1e-9, ...chart.rows.map((row) => sum(row.segments.map((s) => s.value))));
	const x = scaleLinear()
		.domain([0, max])
		.range([0, WIDTH - STACK_VALUE_WIDTH - LABEL_WIDTH]);
	const parts = chart.rows.map((item, i) => {
		const y = key.height + 6 + i * row;
		let at = LABEL_WIDTH;
		const segments = item.segments
			.filter((segment) => segment.value > 0)
			.map((segment) => {
				const width = x(segment.value);
				const rect =
					`<rect x="${r(at)}" y="${y + 3}" width="${r(Math.max(width - 1, 0.5))}" height="${row - 8}" ` +
					`fill="${escapeHtml(segment.colour)}"><title>${escapeHtml(segment.label)}: ${segment.value}</title></rect>`;
				at += width;
				return rect;
			});
		return (
			`<text x="${LABEL_WIDTH - 8}" y="${y + 14}" text-anchor="end">${label(item.label, 26)}</text>` +
			segments.join('') +
			`<text x="${r(at + 6)}" y="${y + 14}">${escapeHtml(item.display)}</text>`
		);
	});
	return svg(key.height + 12 + chart.rows.length * row, chart.caption, key.body + parts.join(''));
}

function teamNetwork(chart: TeamNetworkChart): string {
	const width = 680;
	const height = 400;
	const cx = width / 2;
	const cy = height / 2;
	const ring = 135;
	const n = chart.teams.length;
	const radius = scaleSqrt()
		.domain([0, Math.max(1, ...chart.teams.map((t) => t.size))])
		.range([0, 24]);
	const place = new Map(
		chart.teams.map((team, i) => {
			// Start at the top and go clockwise, so the largest team (first) sits at twelve o'clock.
			const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
			return [team.team, { angle, x: cx + ring * Math.cos(angle), y: cy + ring * Math.sin(angle) }];
		})
	);
	const width_ = scaleLinear()
		.domain([0, Math.max(1e-9, ...chart.links.map((l) => l.weight))])
		.range([0.6, 12]);
	const links = chart.links
		.map((link) => {
			const a = place.get(link.a);
			const b = place.get(link.b);
			if (!a || !b) return '';
			// Curved towards the centre, so links between neighbours on the ring stay apart from the circles.
			return (
				`<path d="M${r(a.x)},${r(a.y)} Q${r((a.x + b.x) / 4 + cx / 2)},${r((a.y + b.y) / 4 + cy / 2)} ${r(b.x)},${r(b.y)}" ` +
				`fill="none" stroke="${MUTED}" stroke-opacity="0.45" stroke-width="${r(width_(link.weight))}"/>`
			);
		})
		.join('');
	const nodes = chart.teams
		.map((team) => {
			const at = place.get(team.team);
			if (!at) return '';
			const rr = Math.max(radius(team.size), 4);
			const lx = cx + (ring + rr + 8) * Math.cos(at.angle);
			const ly = cy + (ring + rr + 8) * Math.sin(at.angle);
			const cos = Math.cos(at.angle);
			const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
			const dy = Math.sin(at.angle) > 0.8 ? 10 : Math.sin(at.angle) < -0.8 ? -2 : 4;
			return (
				`<circle cx="${r(at.x)}" cy="${r(at.y)}" r="${r(rr)}" fill="${escapeHtml(team.colour)}" ` +
				`stroke="${team.emphasis ? 'currentColor' : '#ffffff'}" stroke-width="${team.emphasis ? 2.5 : 1}">` +
				`<title>${escapeHtml(team.team)}: ${team.size} people</title></circle>` +
				`<text x="${r(lx)}" y="${r(ly + dy)}" text-anchor="${anchor}"${team.emphasis ? ' font-weight="700"' : ''}>` +
				`${label(team.team, 22)}</text>`
			);
		})
		.join('');
	return svg(height, chart.caption, links + nodes, width);
}

function bridges(chart: BridgeChart): string {
	const row = 58;
	const thickness = scaleLinear()
		.domain([0, Math.max(1e-9, ...chart.rows.map((b) => b.weight))])
		.range([1.5, 9]);
	const [left, middle, right] = [180, 330, 480];
	const parts = chart.rows.map((bridge, i) => {
		const y = 26 + i * row;
		const carried = thickness(bridge.weight * bridge.share);
		const rest = thickness(bridge.weight * (1 - bridge.share));
		return (
			// Through the person: their share of the weight; the direct line: what the others carry.
			`<path d="M${left},${y} Q${middle},${y + 20} ${right},${y}" fill="none" stroke="${MUTED}" stroke-opacity="0.5" stroke-width="${r(rest)}"/>` +
			`<line x1="${left}" y1="${y}" x2="${right}" y2="${y}" stroke="${BRIDGE_LINE}" stroke-width="${r(carried)}" stroke-linecap="round"/>` +
			`<circle cx="${left}" cy="${y}" r="8" fill="${escapeHtml(bridge.colours[0])}" stroke="#fff"/>` +
			`<circle cx="${right}" cy="${y}" r="8" fill="${escapeHtml(bridge.colours[1])}" stroke="#fff"/>` +
			`<circle cx="${middle}" cy="${y}" r="7" fill="#ffffff" stroke="${escapeHtml(bridge.personColour)}" stroke-width="3"/>` +
			`<text x="${left - 14}" y="${y + 4}" text-anchor="end">${label(bridge.teams[0], 24)}</text>` +
			`<text x="${right + 14}" y="${y + 4}">${label(bridge.teams[1], 22)}</text>` +
			`<text x="${middle}" y="${y - 12}" text-anchor="middle" font-weight="600">${label(bridge.person, 30)}</text>` +
			`<text x="${middle}" y="${y + 20}" text-anchor="middle" font-size="11" fill="${MUTED}">${Math.round(bridge.share * 100)}% of the weight</text>`
		);
	});
	return svg(8 + chart.rows.length * row, chart.caption, parts.join(''));
}

function change(chart: ChangeChart): string {
	const row = 26;
	const head =
		`<text x="${LABEL_WIDTH}" y="14" fill="${MUTED}">○ ${escapeHtml(chart.periods[0])}</text>` +
		`<text x="${LABEL_WIDTH + 180}" y="14" fill="${MUTED}">● ${escapeHtml(chart.periods[1])}</text>`;
	const parts = chart.rows.map((item, i) => {
		const y = 26 + i * row;
		const low = Math.min(0, item.before, item.after);
		const high = Math.max(item.before, item.after, 1e-9);
		const x = scaleLinear()
			.domain([low, high])
			.range([LABEL_WIDTH, WIDTH - 2 * VALUE_WIDTH]);
		return (
			`<text x="${LABEL_WIDTH - 8}" y="${y + 14}" text-anchor="end">${label(item.label, 26)}</text>` +
			`<line x1="${r(x(item.before))}" x2="${r(x(item.after))}" y1="${y + 10}" y2="${y + 10}" stroke="${MUTED}" stroke-width="2"/>` +
			`<circle cx="${r(x(item.before))}" cy="${y + 10}" r="5" fill="#ffffff" stroke="${MUTED}" stroke-width="1.5"/>` +
			`<circle cx="${r(x(item.after))}" cy="${y + 10}" r="5" fill="#0072b2"/>` +
			`<text x="${WIDTH - 2 * VALUE_WIDTH + 12}" y="${y + 14}">${escapeHtml(item.display[0])} → ${escapeHtml(item.display[1])}</text>`
		);
	});
	return svg(34 + chart.rows.length * row, chart.caption, head + parts.join(''));
}

function sum(values: number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/** The chart as a standalone <svg> element; every text from the data is escaped. */
export function chartSvg(chart: ChartSpec): string {
	switch (chart.kind) {
		case 'bars':
			return bars(chart);
		case 'stacked':
			return stacked(chart);
		case 'teamNetwork':
			return teamNetwork(chart);
		case 'bridges':
			return bridges(chart);
		case 'change':
			return change(chart);
	}
}
