// The findings as one self-contained HTML file: inline CSS and SVG, no script, no request, every text escaped.
import { chartSvg } from './charts';
import { escapeHtml } from './escape';
import { VIEW_LABELS, type Finding, type FindingsReport } from './types';

export type Paper = 'A4' | 'letter';

export interface ReportHtmlOptions {
	/** Fixes the printed page size; without it the printer's own paper is used. */
	paper?: Paper;
	/** When the report was made, as people read it (left out when absent, so the same data gives the same file). */
	made?: string;
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f7f9; color: #1e293b;
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
main { max-width: 820px; margin: 0 auto; padding: 32px 28px 48px; background: #fff; }
header { border-bottom: 3px solid #0072b2; padding-bottom: 14px; margin-bottom: 8px; }
h1 { font-size: 28px; margin: 0 0 4px; letter-spacing: -0.01em; }
.subtitle { color: #475569; margin: 0; }
.section { padding-top: 18px; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.08em; color: #0072b2; margin: 18px 0 6px; }
h3 { font-size: 20px; line-height: 1.3; margin: 0 0 8px; }
.finding { margin: 0 0 26px; }
.finding p { margin: 0 0 8px; max-width: 72ch; }
.figures { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 12px 0; padding: 0; }
.figures div { display: flex; flex-direction: column-reverse; }
.figures dt { font-size: 12px; color: #64748b; }
.figures dd { margin: 0; font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; }
figure { margin: 12px 0 4px; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 12px; color: #64748b; margin-top: 4px; }
.view { font-size: 12px; color: #64748b; }
.notes { border-top: 1px solid #d9dde3; margin-top: 24px; padding-top: 10px; font-size: 12px; color: #64748b; }
@page { margin: 16mm 15mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .section + .section { break-before: page; }
  .finding, figure, .figures { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}`;

function findingHtml(finding: Finding): string {
	const figures = finding.figures
		.map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd></div>`)
		.join('');
	const chart = finding.chart
		? `<figure>${chartSvg(finding.chart)}<figcaption>${escapeHtml(finding.chart.caption)}</figcaption></figure>`
		: '';
	return (
		`<article class="finding" id="finding-${escapeHtml(finding.id)}">` +
		`<h3>${escapeHtml(finding.title)}</h3>` +
		finding.text.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('') +
		(figures ? `<dl class="figures">${figures}</dl>` : '') +
		chart +
		`<p class="view">Shown in full in Weft’s ${VIEW_LABELS[finding.view]} view.</p>` +
		`</article>`
	);
}

/** The whole report as one HTML document. */
export function reportHtml(report: FindingsReport, options: ReportHtmlOptions = {}): string {
	const size = options.paper ? `\n@page { size: ${options.paper}; }` : '';
	const sections = report.sections
		.map(
			(section) =>
				`<section class="section" id="${escapeHtml(section.id)}"><h2>${escapeHtml(section.title)}</h2>` +
				section.findings.map(findingHtml).join('') +
				`</section>`
		)
		.join('\n');
	const made = options.made ? ` · ${escapeHtml(options.made)}` : '';
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(report.title)}</title>
<style>${CSS}${size}</style>
</head>
<body>
<main>
<header><h1>${escapeHtml(report.title)}</h1><p class="subtitle">${escapeHtml(report.subtitle)}${made}</p></header>
${sections}
<footer class="notes">${report.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('')}<p>Made with Weft.</p></footer>
</main>
</body>
</html>
`;
}
