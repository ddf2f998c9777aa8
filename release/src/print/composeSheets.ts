import { type SheetHtml, scopeIds } from './sheetHtml.ts';

/**
 * Many sheets as one document, each starting on a new page, so that Chromium lays out and prints them in one go:
 * printing has a large fixed cost per print (about 0.2 s a sheet on a two-core machine, most of it not the sheet's
 * own work), and a batch of 40 sheets costs little more than its pages. splitPdf.ts then cuts the PDF back into one
 * PDF per sheet, finding where each sheet starts from the named destination Chromium writes for its marker.
 */
export interface SheetToCompose {
  /** The sheet's site path. */
  sheet: string;
  page: SheetHtml;
}

export interface ComposedBatch {
  sheets: SheetToCompose[];
  html: string;
}

/**
 * The id of the element each sheet is wrapped in. A same-document link to it (hidden, so it prints nothing and
 * is left out of the tags) makes Chromium write a named destination on the sheet's first page: the PDF then says
 * itself where each sheet starts, whatever the length of the sheets before it.
 */
export const sheetMarker = (index: number) => `infohub-sheet-${index}`;

/**
 * Sheets can share a document only when what applies to the whole document is the same: the `<html>` attributes
 * (language and direction, which the PDF's language and tags come from), the stylesheets and the `<body>`
 * attributes. The site's sheets share all three within a language.
 */
const documentKey = (page: SheetHtml) => JSON.stringify([page.htmlAttributes, page.styles, page.bodyAttributes]);

/** Sheets in batches of at most `size`, in the order given, each batch of sheets that can share a document. */
export function batchSheets<Sheet extends SheetToCompose>(sheets: readonly Sheet[], size: number): Sheet[][] {
  const byDocument = new Map<string, Sheet[][]>();
  const batches: Sheet[][] = [];
  for (const sheet of sheets) {
    const key = documentKey(sheet.page);
    const open = byDocument.get(key)?.at(-1);
    if (open && open.length < size) {
      open.push(sheet);
    } else {
      const batch = [sheet];
      batches.push(batch);
      byDocument.set(key, [...(byDocument.get(key) ?? []), batch]);
    }
  }
  return batches;
}

/**
 * The wrappers neither show nor add to the tags (`role="none"`, no box of their own: no margin, border or padding,
 * so the sheets' margins behave as at the top of their own page). A break before every sheet but the first puts
 * each on a new page; margins after a forced break are kept, so a sheet lays out as it does alone.
 */
const batchStyle = '<style>.infohub-sheet+.infohub-sheet{break-before:page}</style>';

export function composeSheets(sheets: readonly SheetToCompose[]): ComposedBatch {
  const first = sheets[0];
  if (!first) throw new Error('A batch of sheets to print needs at least one sheet.');
  const other = sheets.find(({ page }) => documentKey(page) !== documentKey(first.page));
  if (other) throw new Error(`The sheets ${first.sheet} and ${other.sheet} cannot share a document: batch them with batchSheets.`);
  const attributes = (text: string) => (text ? ` ${text}` : '');
  const bodies = sheets.map(
    ({ page }, index) =>
      `<div class="infohub-sheet" role="none" id="${sheetMarker(index)}"><a href="#${sheetMarker(index)}" hidden></a>` +
      `${scopeIds(page.body, `${sheetMarker(index)}-`)}</div>`,
  );
  const html =
    `<!DOCTYPE html><html${attributes(first.page.htmlAttributes)}><head><meta charset="utf-8"><title>${sheets.length} sheets</title>` +
    `${first.page.styles}${batchStyle}</head><body${attributes(first.page.bodyAttributes)}>${bodies.join('')}</body></html>`;
  return { sheets: [...sheets], html };
}
