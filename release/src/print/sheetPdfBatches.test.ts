import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSheetPdfs } from './sheetPdfs.ts';

/**
 * Sheets printed many to a print must each get their own pages, their own tags and, for a one-page sheet, one page.
 * Every line of a sheet here links to the sheet's own address and the sheet has a figure named after it, so that
 * each page and each tag of a PDF says which sheet it came from.
 */
let siteDir: string;
const sheet = (path: string, lines: number, { onePage = true, lang = 'es', bodyMargin = '0' } = {}) => {
  const name = path.split('/').at(-2);
  const line = `<div><a href="https://example.org/${name}">Línea de ${name}</a></div>`;
  // A sheet that breaks to a new page halfway is short, yet runs over at every scale.
  const content =
    name === 'partida' ? `${line.repeat(lines)}<div style="break-before:page">${line.repeat(lines)}</div>` : line.repeat(lines);
  const body = `<main${onePage ? ' data-one-page' : ''}><div role="img" aria-label="figura ${name}">▦</div><h2 id="titulo">${name}</h2>${content}</main>`;
  const file = join(siteDir, path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  // The site's stylesheet leaves no space around the body; a sheet with some is printed alone (tested below).
  const style = `<style>body{margin:${bodyMargin}}</style>`;
  writeFileSync(file, `<!doctype html><html lang="${lang}"><head><title>${name}</title>${style}</head><body>${body}</body></html>`);
};

// 48 lines of these fit on one Letter page at full size, 50 at 92% (as printed before batches).
const sheets = {
  '/es/mexico/print/guides/corta/': 10,
  '/es/mexico/print/hubs/justa/': 50,
  '/es/mexico/print/guides/larga/': 120,
  '/es/mexico/print/services/': 100,
  '/es/mexico/print/hubs/breve/': 5,
  '/es/mexico/print/hubs/partida/': 5,
  '/en/mexico/print/guides/short/': 10,
  // Space above the body: a sheet alone has it on its first page only, which a batch cannot give every sheet.
  '/fr/mexico/print/services/': 100,
  '/fr/mexico/print/hubs/marge/': 44,
} as const;

let report: Awaited<ReturnType<typeof renderSheetPdfs>>;
beforeAll(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'infohub-batches-'));
  for (const [path, lines] of Object.entries(sheets)) {
    const lang = path.slice(1, 3);
    sheet(path, lines, { onePage: !path.endsWith('/services/'), lang, bodyMargin: lang === 'fr' ? '1cm 0 0' : '0' });
  }
  // Each sheet in a batch of its own, as it prints alone: the batches of several must give the same PDFs.
  await renderSheetPdfs(siteDir, { batchSize: 1, outDir: join(siteDir, 'alone') });
  report = await renderSheetPdfs(siteDir, { concurrency: 2 });
}, 120_000);
afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

const text = (object: PDFObject | undefined) =>
  object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;

/** Per page, the address each link opens and where the link is (which moves with the layout and the scale). */
function linksByPage(doc: PDFDocument): { uri: string; rect: string }[][] {
  return doc.getPages().map((page) =>
    (page.node.Annots()?.asArray() ?? []).map((annot) => {
      const link = doc.context.lookup(annot, PDFDict);
      const rect = link.lookup(PDFName.of('Rect'), PDFArray).asArray();
      return {
        uri: text(link.lookup(PDFName.of('A'), PDFDict).get(PDFName.of('URI'))) ?? '',
        rect: rect.map((number) => Number(number.toString()).toFixed(2)).join(' '),
      };
    }),
  );
}

/** The figures' names in the tags, and whether every tag's page is a page of this PDF. */
function tags(doc: PDFDocument): { figures: string[]; ownPages: boolean } {
  const pages = new Set(doc.getPages().map((page) => page.ref));
  const figures: string[] = [];
  let ownPages = true;
  const visit = (object: PDFObject | undefined) => {
    const node = object instanceof PDFRef ? doc.context.lookup(object) : object;
    if (node instanceof PDFArray) return node.asArray().forEach(visit);
    if (!(node instanceof PDFDict)) return;
    const page = node.get(PDFName.of('Pg'));
    if (page instanceof PDFRef && !pages.has(page)) ownPages = false;
    const alt = text(node.get(PDFName.of('Alt')));
    if (alt) figures.push(alt);
    visit(node.get(PDFName.of('K')));
  };
  visit(doc.catalog.get(PDFName.of('StructTreeRoot')));
  return { figures, ownPages };
}

const pdfOf = async (path: string, folder = '') => PDFDocument.load(readFileSync(join(siteDir, folder, `${path.slice(0, -1)}.pdf`)));

/** The height of a sheet's first line on paper, which says the scale it was printed at. */
const lineHeight = async (path: string, folder = '') => {
  const [, bottom = 0, , top = 0] = (linksByPage(await pdfOf(path, folder))[0]?.[0]?.rect ?? '').split(' ').map(Number);
  return top - bottom;
};

describe('sheets printed in batches', () => {
  it('gives every sheet’s PDF only its own pages, laid out and scaled as when it is printed alone', async () => {
    for (const path of Object.keys(sheets)) {
      const name = path.split('/').at(-2);
      const links = linksByPage(await pdfOf(path));
      expect({ path, uris: [...new Set(links.flat().map((link) => link.uri))] }).toEqual({ path, uris: [`https://example.org/${name}`] });
      expect(links.every((page) => page.length > 0)).toBe(true);
      expect({ path, links }).toEqual({ path, links: linksByPage(await pdfOf(path, 'alone')) });
    }
  });

  it('keeps a one-page sheet on one page, shrinking it if need be, and lets a long one and a directory run on', async () => {
    const pages = async (path: keyof typeof sheets) => (await pdfOf(path)).getPageCount();
    for (const path of ['/es/mexico/print/guides/corta/', '/es/mexico/print/hubs/justa/', '/es/mexico/print/hubs/breve/'] as const) {
      expect({ path, pages: await pages(path) }).toEqual({ path, pages: 1 });
    }
    expect(await pages('/en/mexico/print/guides/short/')).toBe(1);
    expect(await pages('/fr/mexico/print/hubs/marge/')).toBe(1);
    expect(await pages('/es/mexico/print/guides/larga/')).toBeGreaterThan(1);
    expect(await pages('/es/mexico/print/services/')).toBeGreaterThan(1);
    // At the largest scale at which each fits (a directory always at full size), as before batches.
    const fullSize = await lineHeight('/es/mexico/print/services/');
    for (const [path, scale] of [
      ['/es/mexico/print/guides/corta/', 1],
      ['/es/mexico/print/hubs/justa/', 0.92],
      ['/es/mexico/print/guides/larga/', 0.85],
    ] as const) {
      expect({ path, scale: Math.round((100 * (await lineHeight(path))) / fullSize) / 100 }).toEqual({ path, scale });
    }
  });

  it('prints a one-page sheet that runs over at every scale at the smallest, as it did before batches', async () => {
    expect((await pdfOf('/es/mexico/print/hubs/partida/')).getPageCount()).toBe(2);
    expect((await lineHeight('/es/mexico/print/hubs/partida/')) / (await lineHeight('/es/mexico/print/guides/corta/'))).toBeCloseTo(
      0.85,
      2,
    );
  });

  it('prints in batches every sheet but those whose page puts space above the body', () => {
    expect({ count: report.count, printedAlone: report.printedAlone }).toEqual({ count: Object.keys(sheets).length, printedAlone: 2 });
  });

  it('gives every sheet’s PDF its own tags, title and language', async () => {
    for (const path of Object.keys(sheets)) {
      const name = path.split('/').at(-2);
      const doc = await pdfOf(path);
      expect({ path, ...tags(doc) }).toEqual({ path, figures: [`figura ${name}`], ownPages: true });
      expect(doc.getTitle()).toBe(name);
      expect(text(doc.catalog.get(PDFName.of('Lang')))).toBe(path.slice(1, 3));
      expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    }
  });
});
