import type { BrowserContext, Page } from 'playwright-core';
import { batchSheets, composeSheets, type SheetToCompose, sheetMarker } from './composeSheets.ts';
import { pdfPageCount } from './pdfPageCount.ts';
import { splitPdf } from './splitPdf.ts';

/**
 * Prints sheets in Chromium: in batches, one print for many sheets (composeSheets.ts, splitPdf.ts), several batches
 * at a time so that Chromium prints one while Node splits another. A sheet meant for one page that runs over is
 * printed again, with the others that ran over, a little smaller; a sheet a batch cannot hold faithfully is
 * printed on its own from its own address, as before batches.
 */
export type PaperFormat = 'Letter' | 'A4';

export interface PrintSettings {
  format: PaperFormat;
  /** Batches printed at once. */
  concurrency: number;
  /** Sheets per batch at most. */
  batchSize: number;
  /** Where the site is served; batches are loaded from there too, so the sheets' addresses mean the same. */
  origin: string;
}

/** A sheet to print: from a batch when its page could be read (`page`), otherwise on its own. */
export interface SheetToPrint {
  sheet: string;
  page?: SheetToCompose['page'];
}

export type WritePdf = (sheet: string, pdf: Uint8Array) => void;

/** The page margin the sheets are laid out for (site.css `@page`), given explicitly so every PDF has the same. */
const margin = '14mm';

/**
 * A sheet meant for one page (`data-one-page`: a guide, a hub card) that runs over at full size is printed a little
 * smaller, down to 85% (about 10.5 pt text), rather than leave its last lines alone on a second sheet of paper.
 */
export const onePageScales = [1, 0.92, 0.85];

const printPdf = (page: Page, format: PaperFormat, scale: number) =>
  page.pdf({ format, scale, margin: { top: margin, right: margin, bottom: margin, left: margin }, printBackground: true, tagged: true });

const failure = (sheet: string, error: unknown) =>
  new Error(`Could not render the PDF of the sheet ${sheet}: ${error instanceof Error ? error.message : String(error)}`);

/** A sheet on its own, from its own address: each scale in turn until a one-page sheet fits. */
async function printAlone(page: Page, settings: PrintSettings, sheet: string): Promise<Uint8Array> {
  try {
    const response = await page.goto(new URL(sheet, settings.origin).href, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`the page answered ${response?.status() ?? 'nothing'}`);
    const onePage = (await page.locator('main[data-one-page]').count()) > 0;
    let pdf: Uint8Array = new Uint8Array();
    for (const scale of onePage ? onePageScales : [1]) {
      pdf = await printPdf(page, settings.format, scale);
      if (pdfPageCount(pdf) <= 1) break;
    }
    return pdf;
  } catch (error) {
    throw failure(sheet, error);
  }
}

/** Runs `work` over the items, `concurrency` at a time, each worker with a page of its own. */
async function withPages<T>(context: BrowserContext, concurrency: number, items: T[], work: (page: Page, item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    const page = await context.newPage();
    try {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(page, item);
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

export async function printSheets(
  context: BrowserContext,
  settings: PrintSettings,
  sheets: readonly SheetToPrint[],
  write: WritePdf,
): Promise<void> {
  const alone = sheets.filter((sheet) => !sheet.page).map((sheet) => sheet.sheet);
  let round = sheets.filter((sheet): sheet is SheetToCompose => sheet.page !== undefined);
  const batchHtml = new Map<string, string>();
  let batchCount = 0;
  await context.route(`${settings.origin}/__infohub-print/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: batchHtml.get(route.request().url()) ?? '' }),
  );

  for (const [index, scale] of onePageScales.entries()) {
    const last = index === onePageScales.length - 1;
    const runOver: SheetToCompose[] = [];
    await withPages(context, settings.concurrency, batchSheets(round, settings.batchSize), async (page, batch) => {
      const url = `${settings.origin}/__infohub-print/${batchCount++}/`;
      batchHtml.set(url, composeSheets(batch).html);
      try {
        await page.goto(url, { waitUntil: 'load' });
        const onePage = new Set(
          await page.locator('.infohub-sheet:has(main[data-one-page])').evaluateAll((sheets) => sheets.map((sheet) => sheet.id)),
        );
        const split = await splitPdf(
          await printPdf(page, settings.format, scale),
          batch.map((sheet, index) => ({ marker: sheetMarker(index), title: sheet.page.title })),
        );
        split.forEach((printed, index) => {
          const sheet = batch[index] as SheetToCompose;
          if (!printed) alone.push(sheet.sheet);
          else if (printed.pages > 1 && onePage.has(sheetMarker(index)) && !last) runOver.push(sheet);
          else write(sheet.sheet, printed.pdf);
        });
      } catch {
        // Whatever went wrong with the batch, each of its sheets on its own either prints or names itself.
        alone.push(...batch.map((sheet) => sheet.sheet));
      } finally {
        batchHtml.delete(url);
      }
    });
    // Only one-page sheets that ran over go on to the next, smaller, scale; every other sheet printed at full size.
    round = runOver;
    if (round.length === 0) break;
  }
  await withPages(context, settings.concurrency, alone, async (page, sheet) => write(sheet, await printAlone(page, settings, sheet)));
}
