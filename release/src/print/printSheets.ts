import type { BrowserContext, Page } from 'playwright-core';
import { batchSheets, composeSheets, type SheetToCompose, sheetMarker } from './composeSheets.ts';
import { pdfPageCount } from './pdfPageCount.ts';
import {
  documentHasVerticalSpace,
  fitHeights,
  margin,
  measureSheets,
  onePageScales,
  type PaperFormat,
  printableArea,
  showSheets,
  startScale,
} from './sheetFit.ts';
import { splitPdf } from './splitPdf.ts';

/**
 * Prints sheets in Chromium, many to a print: each batch (composeSheets.ts) is loaded once, the scale each
 * one-page sheet needs is read from its layout (sheetFit.ts), the batch is printed once per scale with only the
 * sheets of that scale shown, and each print is cut into one PDF per sheet (splitPdf.ts). Several batches run at
 * once, so that Chromium prints one while Node cuts another. A one-page sheet that still runs over goes on to the
 * next scale in a later batch; a sheet a batch cannot hold faithfully is printed on its own from its own address.
 */
export interface PrintSettings {
  format: PaperFormat;
  /** Sheets per batch at most. */
  batchSize: number;
}

/**
 * The tabs sheets are printed in, one per batch printed at once, with print media and the site's address: batches are
 * loaded from there too, so the sheets' addresses mean the same. A tab costs about 0.3 s to open (a renderer process
 * of its own) and its first print twice its next ones, so a desk is opened once for all of a build's sheets, and a
 * publish opens it while its pages render (`SheetPrinter` in sheetPdfs.ts).
 */
export class PrintDesk {
  readonly pages: readonly Page[];
  readonly origin: string;
  private readonly batchHtml = new Map<string, string>();
  private batchCount = 0;

  private constructor(pages: readonly Page[], origin: string) {
    this.pages = pages;
    this.origin = origin;
  }

  static async open(context: BrowserContext, origin: string, tabs: number): Promise<PrintDesk> {
    const desk = new PrintDesk(
      await Promise.all(
        Array.from({ length: Math.max(1, tabs) }, async () => {
          const page = await context.newPage();
          // Print media for the layout the scales are read from; printing uses it anyway.
          await page.emulateMedia({ media: 'print' });
          return page;
        }),
      ),
      origin,
    );
    await context.route(`${origin}/__infohub-print/**`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: desk.batchHtml.get(route.request().url()) ?? '' }),
    );
    return desk;
  }

  /** An address the batch's document is served at until `forget`. */
  serve(html: string): string {
    const url = `${this.origin}/__infohub-print/${this.batchCount++}/`;
    this.batchHtml.set(url, html);
    return url;
  }

  forget(url: string): void {
    this.batchHtml.delete(url);
  }
}

/** A sheet to print: from a batch when its page could be read (`page`), otherwise on its own. */
export interface SheetToPrint {
  sheet: string;
  page?: SheetToCompose['page'] | undefined;
}

export type WritePdf = (sheet: string, pdf: Uint8Array) => void;

const printPdf = (page: Page, format: PaperFormat, scale: number) =>
  page.pdf({ format, scale, margin: { top: margin, right: margin, bottom: margin, left: margin }, printBackground: true, tagged: true });

/** A sheet on its own, from its own address: each scale in turn until a one-page sheet fits. */
async function printAlone(page: Page, settings: PrintSettings, origin: string, sheet: string): Promise<Uint8Array> {
  try {
    const response = await page.goto(new URL(sheet, origin).href, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`the page answered ${response?.status() ?? 'nothing'}`);
    const onePage = (await page.locator('main[data-one-page]').count()) > 0;
    let pdf: Uint8Array = new Uint8Array();
    for (const scale of onePage ? onePageScales : [1]) {
      pdf = await printPdf(page, settings.format, scale);
      if (pdfPageCount(pdf) <= 1) break;
    }
    return pdf;
  } catch (error) {
    throw new Error(`Could not render the PDF of the sheet ${sheet}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Runs `work` over the items, one at a time on each page, collecting the page's garbage after each. A page printing
 * batch after batch never idles, and V8 collects a busy page's garbage too late: printing the 2,422 sheets of 14
 * large shards, its two renderers grew to 0.7–1.6 GB each (Chromium 1.9–2.7 GB in all). Collected after each batch,
 * they stay near 130 MB (Chromium 0.5 GB), and the prints took no longer (35 s, against 37–41 s).
 */
async function onPages<T>(pages: readonly Page[], items: readonly T[], work: (page: Page, item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    pages.map(async (page) => {
      const devtools = await page.context().newCDPSession(page);
      try {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
          await work(page, item);
          await devtools.send('HeapProfiler.collectGarbage');
        }
      } finally {
        await devtools.detach().catch(() => {});
      }
    }),
  );
}

/**
 * Loads a batch, then prints it once per scale its sheets need, each time with only those sheets shown; a
 * one-page sheet that still runs over is shown again at the next scale. Writes every sheet that came out, and
 * returns those to print on their own.
 */
async function printBatch(
  page: Page,
  settings: PrintSettings,
  url: string,
  batch: readonly SheetToCompose[],
  write: WritePdf,
): Promise<string[]> {
  const alone: string[] = [];
  await page.goto(url, { waitUntil: 'load' });
  if (await page.evaluate(documentHasVerticalSpace)) return batch.map((sheet) => sheet.sheet);
  const ids = batch.map((_sheet, index) => sheetMarker(index));
  const measured = batch.flatMap((sheet, index) => (sheet.page.onePage ? [index] : []));
  const area = printableArea(settings.format);
  const heights = fitHeights(settings.format);
  const needs =
    measured.length === 0
      ? []
      : await page.evaluate(measureSheets, {
          ids: measured.map((index) => ids[index] as string),
          widths: onePageScales.map((scale) => area.width / scale),
          heights,
        });
  const scaleOf = batch.map(() => 0);
  measured.forEach((index, position) => {
    scaleOf[index] = startScale(needs[position] ?? [], heights);
  });
  for (const [scaleIndex, scale] of onePageScales.entries()) {
    const shown = batch.flatMap((_sheet, index) => (scaleOf[index] === scaleIndex ? [index] : []));
    if (shown.length === 0) continue;
    if (shown.length < batch.length) await page.evaluate(showSheets, { all: ids, shown: shown.map((index) => ids[index] as string) });
    const split = await splitPdf(
      await printPdf(page, settings.format, scale),
      shown.map((index) => ({ marker: ids[index] as string, title: batch[index]?.page.title ?? '' })),
    );
    split.forEach((printed, position) => {
      const index = shown[position] as number;
      const sheet = batch[index] as SheetToCompose;
      if (!printed) alone.push(sheet.sheet);
      else if (printed.pages > 1 && sheet.page.onePage && scaleIndex < onePageScales.length - 1) scaleOf[index] = scaleIndex + 1;
      else write(sheet.sheet, printed.pdf);
    });
  }
  return alone;
}

/** Prints the sheets at the desk, writing each PDF as it comes; returns how many sheets were printed on their own. */
export async function printSheets(
  desk: PrintDesk,
  settings: PrintSettings,
  sheets: readonly SheetToPrint[],
  write: WritePdf,
): Promise<number> {
  const alone = sheets.filter((sheet) => !sheet.page).map((sheet) => sheet.sheet);
  const inBatches = sheets.flatMap((sheet) => (sheet.page ? [{ sheet: sheet.sheet, page: sheet.page }] : []));
  await onPages(desk.pages, batchSheets(inBatches, settings.batchSize), async (page, batch) => {
    const url = desk.serve(composeSheets(batch).html);
    try {
      alone.push(...(await printBatch(page, settings, url, batch, write)));
    } catch {
      // Whatever went wrong with the batch, each of its sheets on its own either prints or names itself.
      alone.push(...batch.map((sheet) => sheet.sheet));
    } finally {
      desk.forget(url);
    }
  });
  await onPages(desk.pages, alone, async (page, sheet) => write(sheet, await printAlone(page, settings, desk.origin, sheet)));
  return alone.length;
}
