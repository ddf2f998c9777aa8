import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFObject,
  PDFObjectCopier,
  PDFPage,
  type PDFPageLeaf,
  type PDFRef,
} from 'pdf-lib';
import { lookupIn, nameTreeEntries } from './pdfTrees.ts';
import { type StructureCopy, structureOf } from './structureTree.ts';

/**
 * Cuts the PDF of a printed batch (composeSheets.ts) back into one PDF per sheet. Each sheet starts at the page
 * of its marker's named destination and runs to the page before the next sheet's: the pages themselves say where
 * the sheets are, however many pages each took. Each PDF gets its sheet's pages, their tags, its own title and the
 * rest of what Chromium writes (language, producer, dates), so it is the PDF Chromium would have printed from
 * that sheet alone, except that its fonts hold the glyphs of the whole batch (a few kB more).
 */
export interface SheetInBatch {
  /** The id of the element the sheet is wrapped in (`sheetMarker`). */
  marker: string;
  title: string;
}

export interface SplitSheet {
  pdf: Uint8Array;
  pages: number;
}

const name = (text: string) => PDFName.of(text);

/** Named destinations, from the catalog's /Dests (as Chromium writes them) or the /Names tree, to their page. */
export function destinationPages(doc: PDFDocument): Map<string, PDFRef> {
  const lookup = lookupIn((ref) => doc.context.lookup(ref));
  const pageOf = (destination: PDFObject | undefined) => {
    const resolved = lookup(destination);
    const array = resolved instanceof PDFDict ? lookup(resolved.get(name('D'))) : resolved;
    return array instanceof PDFArray ? (array.get(0) as PDFRef) : undefined;
  };
  const destinations = new Map<string, PDFRef>();
  const dests = doc.catalog.lookupMaybe(name('Dests'), PDFDict);
  for (const [key, value] of dests?.entries() ?? []) {
    const page = pageOf(value);
    if (page) destinations.set(key.decodeText(), page);
  }
  const names = doc.catalog.lookupMaybe(name('Names'), PDFDict);
  for (const [key, value] of nameTreeEntries(names?.get(name('Dests')), lookup)) {
    const page = pageOf(value);
    if (page) destinations.set(key, page);
  }
  return destinations;
}

/**
 * A link to a place in the document would point, in a sheet's own PDF, into a batch that is not there: a sheet
 * with one prints on its own. (The sheets' only such link, "skip to content", is not printed.)
 */
function linksWithinDocument(doc: PDFDocument, page: PDFRef): boolean {
  const lookup = lookupIn((ref) => doc.context.lookup(ref));
  const annots = lookup(doc.context.lookup(page, PDFDict).get(name('Annots')));
  if (!(annots instanceof PDFArray)) return false;
  return annots.asArray().some((annot) => {
    const dict = lookup(annot);
    if (!(dict instanceof PDFDict) || dict.get(name('Subtype')) !== name('Link')) return false;
    const action = lookup(dict.get(name('A')));
    return dict.has(name('Dest')) || (action instanceof PDFDict && action.get(name('S')) === name('GoTo'));
  });
}

async function sheetPdf(
  src: PDFDocument,
  copyStructure: ((copy: StructureCopy) => void) | undefined,
  pages: readonly PDFRef[],
  title: string,
): Promise<Uint8Array> {
  const dest = await PDFDocument.create({ updateMetadata: false });
  const copier = PDFObjectCopier.for(src.context, dest.context);
  const copied = new Map<PDFRef, PDFRef>();
  for (const page of pages) {
    // Copied by reference, so that each annotation's /P (its page) points at the copy rather than a second one.
    const ref = copier.copy(page);
    copied.set(page, ref);
    dest.addPage(PDFPage.of(dest.context.lookup(ref) as PDFPageLeaf, ref, dest));
  }
  for (const key of ['MarkInfo', 'Lang', 'ViewerPreferences']) {
    const value = src.catalog.get(name(key));
    if (value) dest.catalog.set(name(key), copier.copy(value));
  }
  copyStructure?.({ dest, copier, pages: copied });
  dest.setTitle(title);
  const creator = src.getCreator();
  const producer = src.getProducer();
  const created = src.getCreationDate();
  const modified = src.getModificationDate();
  if (creator) dest.setCreator(creator);
  if (producer) dest.setProducer(producer);
  if (created) dest.setCreationDate(created);
  if (modified) dest.setModificationDate(modified);
  return dest.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

/**
 * One PDF per sheet, in the order of `sheets`; `undefined` for a sheet this cannot split faithfully (its marker
 * is missing or out of order, or it links within itself), which is then printed on its own.
 */
export async function splitPdf(pdf: Uint8Array, sheets: readonly SheetInBatch[]): Promise<(SplitSheet | undefined)[]> {
  const src = await PDFDocument.load(pdf, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
  const pages = src.getPages().map((page) => page.ref);
  const pageIndex = new Map(pages.map((ref, index) => [ref, index]));
  const destinations = destinationPages(src);
  const starts = sheets.map((sheet) => {
    const page = destinations.get(sheet.marker);
    return page === undefined ? undefined : pageIndex.get(page);
  });
  // Every sheet starts on a page after the one before it, the first on the first page: anything else is not a
  // batch this code printed, and no page is given to a sheet on a guess.
  const inOrder = starts.every((start, index) => start !== undefined && (index === 0 ? start === 0 : start > (starts[index - 1] ?? start)));
  if (!inOrder) return sheets.map(() => undefined);
  const copyStructure = structureOf(src);
  return Promise.all(
    sheets.map(async (sheet, index) => {
      const own = pages.slice(starts[index], starts[index + 1] ?? pages.length);
      if (own.some((page) => linksWithinDocument(src, page))) return undefined;
      return { pdf: await sheetPdf(src, copyStructure, own, sheet.title), pages: own.length };
    }),
  );
}
