// Reads a PDF back in Node with pdf.js (legacy build, no worker, no network): each page's size, text and images.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
	/** In points: 595 x 842 for A4, 612 x 792 for Letter. */
	width: number;
	height: number;
	/** The page's text, its pieces joined by spaces (content streams may be compressed; pdf.js inflates them). */
	text: string;
	/** Raster images painted on the page; vector charts paint none. */
	images: number;
}

export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
	const document = await getDocument({
		// A copy: pdf.js refuses a Node Buffer, and takes ownership of the array it is given.
		data: new Uint8Array(data),
		isEvalSupported: false,
		useSystemFonts: false,
		disableFontFace: true
	}).promise;
	const pages: PdfPage[] = [];
	const imageOps = new Set<number>([
		OPS.paintImageXObject,
		OPS.paintInlineImageXObject,
		OPS.paintImageMaskXObject
	]);
	try {
		for (let n = 1; n <= document.numPages; n++) {
			const page = await document.getPage(n);
			const { width, height } = page.getViewport({ scale: 1 });
			const content = await page.getTextContent();
			const text = content.items
				.map((item) => ('str' in item ? item.str : ''))
				.join(' ')
				.replace(/\s+/g, ' ');
			const operators = await page.getOperatorList();
			const images = operators.fnArray.filter((op) => imageOps.has(op)).length;
			pages.push({ width, height, text, images });
		}
	} finally {
		await document.destroy();
	}
	return pages;
}
