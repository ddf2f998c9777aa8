import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { splitPdf } from './splitPdf.ts';

/**
 * A PDF like a printed batch, made here so that every page can be told apart: page i is 600 + i points wide. Each
 * named destination marks where a sheet starts, as Chromium writes them for the sheets' markers.
 */
async function batchPdf(pageCount: number, starts: Record<string, number>, options: { asNameTree?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const pages = Array.from({ length: pageCount }, (_page, index) => doc.addPage([600 + index, 800]));
  const destinations = Object.entries(starts).map(
    ([marker, page]) => [marker, doc.context.obj([pages[page]?.ref, PDFName.of('XYZ'), 0, 800, 0])] as const,
  );
  if (options.asNameTree) {
    const names = destinations.flatMap(([marker, destination]) => [PDFString.of(marker), destination]);
    doc.catalog.set(PDFName.of('Names'), doc.context.obj({ Dests: doc.context.obj({ Names: names }) }));
  } else {
    doc.catalog.set(PDFName.of('Dests'), doc.context.obj(Object.fromEntries(destinations)));
  }
  doc.setTitle('the batch');
  return doc.save();
}

/** The pages of a sheet's PDF, by the width that names them. */
async function pagesOf(pdf: Uint8Array | undefined): Promise<number[]> {
  if (!pdf) throw new Error('the sheet was not split');
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((page) => page.getWidth() - 600);
}

const sheets = (...markers: string[]) => markers.map((marker) => ({ marker, title: `Title of ${marker}` }));

describe('splitPdf', () => {
  it('gives each sheet the pages from its marker to the next sheet’s, whatever their lengths', async () => {
    const pdf = await batchPdf(7, { a: 0, b: 1, c: 4, d: 5 });
    const split = await splitPdf(pdf, sheets('a', 'b', 'c', 'd'));
    expect(await Promise.all(split.map((sheet) => pagesOf(sheet?.pdf)))).toEqual([[0], [1, 2, 3], [4], [5, 6]]);
    expect(split.map((sheet) => sheet?.pages)).toEqual([1, 3, 1, 2]);
  });

  it('finds the markers in a /Names tree as well as in /Dests', async () => {
    const split = await splitPdf(await batchPdf(3, { a: 0, b: 2 }, { asNameTree: true }), sheets('a', 'b'));
    expect(await Promise.all(split.map((sheet) => pagesOf(sheet?.pdf)))).toEqual([[0, 1], [2]]);
  });

  it('gives each PDF its own sheet’s title', async () => {
    const split = await splitPdf(await batchPdf(2, { a: 0, b: 1 }), sheets('a', 'b'));
    const titles = await Promise.all(split.map(async (sheet) => (await PDFDocument.load(sheet?.pdf ?? new Uint8Array())).getTitle()));
    expect(titles).toEqual(['Title of a', 'Title of b']);
  });

  it('splits nothing when a marker is missing, out of order or not on the first page, rather than guess', async () => {
    const pdf = await batchPdf(4, { a: 0, b: 2, c: 1 });
    expect(await splitPdf(pdf, sheets('a', 'b', 'c'))).toEqual([undefined, undefined, undefined]);
    expect(await splitPdf(pdf, sheets('a', 'missing'))).toEqual([undefined, undefined]);
    expect(await splitPdf(pdf, sheets('c', 'b'))).toEqual([undefined, undefined]);
    // Two sheets on one page would mean one of them printed nothing: neither can be given that page.
    expect(await splitPdf(await batchPdf(2, { a: 0, b: 0 }), sheets('a', 'b'))).toEqual([undefined, undefined]);
  });
});
