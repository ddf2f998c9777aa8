import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { paths } from '@infohub/content-schemas';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { serveSite } from '../serve/serveSite.ts';
import { ensureChromium } from './chromium.ts';
import { printSheets } from './printSheets.ts';
import type { PaperFormat } from './sheetFit.ts';
import { readSheetHtml } from './sheetHtml.ts';
import { sheetPathsOf } from './sheetPaths.ts';

export { pdfPageCount } from './pdfPageCount.ts';
export type { PaperFormat } from './sheetFit.ts';

export interface SheetPdfOptions {
  /**
   * Letter by default: the size offices in Mexico, Central America and the Caribbean buy. Sheets are laid out to
   * fit A4 as well (the tests render both), and a PDF prints scaled on either.
   */
  format?: PaperFormat;
  /** Prints run at once (each a batch of sheets); Chromium spreads them over the machine's cores. */
  concurrency?: number;
  /**
   * Sheets printed together in one document at most. More is faster up to a point, but every PDF of a batch
   * carries the glyphs of the whole batch, so each grows a little.
   */
  batchSize?: number;
  /** Only these sheets (site paths such as `/es/mexico/print/services/`); default every sheet of the site. */
  sheets?: readonly string[];
  /** Where the PDFs go, at the same paths as in the site; default the site folder itself. */
  outDir?: string;
  /** A Chromium the caller launched already (`launchPrinter`) and closes itself; default one launched here. */
  browser?: Browser;
}

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

/** The Chromium sheets are printed in (Debian's, through playwright-core). */
export function launchPrinter(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
}

/**
 * Every printable sheet of a built site (guide, services directory, hub card, in each language the country has)
 * rendered to PDF beside its page (`paths.sheetPdf`), so the release that goes live carries them. One Chromium
 * (Debian's, through playwright-core) reading the site from a local server the way a reader's browser would, many
 * sheets to a print (printSheets.ts).
 */
export async function renderSheetPdfs(siteDir: string, options: SheetPdfOptions = {}): Promise<SheetPdfReport> {
  const startedAt = performance.now();
  const { format = 'Letter', concurrency = 2, batchSize = 40, outDir = siteDir } = options;
  const sheets = options.sheets ?? sheetPathsOf(siteDir);
  const bytes = new Map<string, number>();
  const html = new Map<string, string>();
  for (const sheet of sheets) {
    const file = join(siteDir, sheet, 'index.html');
    // A sheet without its page is left to the printing below, which fails naming it.
    if (existsSync(file)) html.set(sheet, readFileSync(file, 'utf8'));
  }
  const write = (sheet: string, pdf: Uint8Array) => {
    const file = join(outDir, paths.sheetPdf(sheet));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pdf);
    bytes.set(paths.sheetPdf(sheet), pdf.byteLength);
  };
  let printedAlone = 0;
  const finish = (): SheetPdfReport => ({ count: bytes.size, printedAlone, seconds: (performance.now() - startedAt) / 1000, bytes });
  if (sheets.length === 0) return finish();

  const server = await serveSite(siteDir, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let launched: Browser | undefined;
  let context: BrowserContext | undefined;
  try {
    const browser = options.browser ?? (await launchPrinter());
    // A browser launched here is closed here; the caller's stays open.
    if (browser !== options.browser) launched = browser;
    // Print media and no scripts: the PDF is the sheet as paper shows it, the same with or without JavaScript.
    context = await browser.newContext({ javaScriptEnabled: false });
    const jobs = sheets.map((sheet) => {
      const page = html.get(sheet);
      return { sheet, page: page === undefined ? undefined : readSheetHtml(page) };
    });
    printedAlone = await printSheets(context, { format, concurrency, batchSize, origin }, jobs, write);
  } finally {
    await context?.close();
    await launched?.close();
    // A browser that stays open (the caller's) would hold its keep-alive connections, and the server's close with them.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  return finish();
}
