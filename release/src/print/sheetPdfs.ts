import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { paths } from '@infohub/content-schemas';
import { type Browser, chromium } from 'playwright-core';
import { serveSite } from '../serve/serveSite.ts';
import { ensureChromium } from './chromium.ts';
import { PrintDesk, printSheets } from './printSheets.ts';
import type { PaperFormat } from './sheetFit.ts';
import { readSheetHtml } from './sheetHtml.ts';
import { sheetPathsOf } from './sheetPaths.ts';

export { pdfPageCount } from './pdfPageCount.ts';
export type { PaperFormat } from './sheetFit.ts';

export interface SheetPrinterOptions {
  /** Prints run at once (each a batch of sheets); Chromium spreads them over the machine's cores. */
  concurrency?: number;
}

export interface PrintOptions {
  /**
   * Letter by default: the size offices in Mexico, Central America and the Caribbean buy. Sheets are laid out to
   * fit A4 as well (the tests render both), and a PDF prints scaled on either.
   */
  format?: PaperFormat;
  /**
   * Sheets printed together in one document at most. More is faster up to a point, but every PDF of a batch
   * carries the glyphs of the whole batch, so each grows a little.
   */
  batchSize?: number;
  /** Only these sheets (site paths such as `/es/mexico/print/services/`); default every sheet of the site. */
  sheets?: readonly string[];
  /** Where the PDFs go, at the same paths as in the site; default the site folder itself. */
  outDir?: string;
}

export type SheetPdfOptions = SheetPrinterOptions & PrintOptions;

export interface SheetPdfReport {
  count: number;
  /**
   * How many were printed on their own rather than in a batch with others (a page a batch cannot hold faithfully):
   * each costs a print of its own, about five times a sheet in a batch.
   */
  printedAlone: number;
  seconds: number;
  /** Size of every PDF written, by site path of the PDF (`/es/mexico/print/services.pdf`). */
  bytes: Map<string, number>;
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A Chromium (Debian's, through playwright-core) ready to print a site's sheets, reading the site from a local server
 * the way a reader's browser would. Opening one takes about a second (the browser, its tabs): a publish opens it while
 * its pages render, so that printing its few sheets takes a fraction of a second once they are written.
 */
export interface SheetPrinter {
  print(options?: PrintOptions): Promise<SheetPdfReport>;
  close(): Promise<void>;
}

/** A printer for the site in `siteDir`; the folder is read when it prints, so it may be written after this opens. */
export async function openSheetPrinter(siteDir: string, { concurrency = 2 }: SheetPrinterOptions = {}): Promise<SheetPrinter> {
  const server = await serveSite(siteDir, 0);
  const closeServer = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
    // Print media and no scripts: the PDF is the sheet as paper shows it, the same with or without JavaScript.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const desk = await PrintDesk.open(context, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, concurrency);
    const opened = browser;
    return {
      print: (options) => printWith(desk, siteDir, options),
      close: () => Promise.all([opened.close(), closeServer()]).then(() => undefined),
    };
  } catch (error) {
    await Promise.all([browser?.close(), closeServer()]);
    throw error;
  }
}

/**
 * Every printable sheet of a built site (guide, services directory, hub card, in each language the country has)
 * rendered to PDF beside its page (`paths.sheetPdf`), so the release that goes live carries them, many sheets to a
 * print (printSheets.ts), in a printer opened for them.
 */
export async function renderSheetPdfs(siteDir: string, options: SheetPdfOptions = {}): Promise<SheetPdfReport> {
  if (options.sheets?.length === 0) return { count: 0, printedAlone: 0, seconds: 0, bytes: new Map() };
  const printer = await openSheetPrinter(siteDir, options);
  try {
    return await printer.print(options);
  } finally {
    await printer.close();
  }
}

async function printWith(desk: PrintDesk, siteDir: string, options: PrintOptions = {}): Promise<SheetPdfReport> {
  const startedAt = performance.now();
  const { format = 'Letter', batchSize = 40, outDir = siteDir } = options;
  const sheets = options.sheets ?? sheetPathsOf(siteDir);
  const bytes = new Map<string, number>();
  const write = (sheet: string, pdf: Uint8Array) => {
    const file = join(outDir, paths.sheetPdf(sheet));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pdf);
    bytes.set(paths.sheetPdf(sheet), pdf.byteLength);
  };
  const jobs = sheets.map((sheet) => {
    const file = join(siteDir, sheet, 'index.html');
    // A sheet without its page is printed from its address, which fails naming it.
    return { sheet, page: existsSync(file) ? readSheetHtml(readFileSync(file, 'utf8')) : undefined };
  });
  const printedAlone = sheets.length === 0 ? 0 : await printSheets(desk, { format, batchSize }, jobs, write);
  return { count: bytes.size, printedAlone, seconds: (performance.now() - startedAt) / 1000, bytes };
}
