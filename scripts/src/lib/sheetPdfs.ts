import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { isSheetPath, paths } from '@infohub/content-schemas';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureChromium } from './chromium.ts';
import { readBuiltPages } from './pageTypes.ts';
import { serveSite } from './serveSite.ts';

/**
 * Every printable sheet of a built site (guide, services directory, hub card, in each language the country has)
 * rendered to PDF beside its page (`paths.sheetPdf`), so the release that goes live carries them. One Chromium
 * (Debian's, through playwright-core), several pages at a time, reading the site from a local server the way a
 * reader's browser would.
 */
export type PaperFormat = 'Letter' | 'A4';

export interface SheetPdfOptions {
  /**
   * Letter by default: the size offices in Mexico, Central America and the Caribbean buy. Sheets are laid out to
   * fit A4 as well (the tests render both), and a PDF prints scaled on either.
   */
  format?: PaperFormat;
  /** Pages rendered at once; Chromium spreads them over the machine's cores. */
  concurrency?: number;
  /** Only these sheets (site paths such as `/es/mexico/print/services/`); default every sheet of the site. */
  sheets?: readonly string[];
  /** Where the PDFs go, at the same paths as in the site; default the site folder itself. */
  outDir?: string;
}

export interface SheetPdfReport {
  count: number;
  seconds: number;
  /** Size of every PDF written, by site path of the PDF (`/es/mexico/print/services.pdf`). */
  bytes: Map<string, number>;
}

/** The page margin the sheets are laid out for (site.css `@page`), given explicitly so every PDF has the same. */
const margin = '14mm';

/**
 * A sheet meant for one page (`data-one-page`: a guide, a hub card) that runs over at full size is printed a little
 * smaller, down to 85% (about 10.5 pt text), rather than leave its last lines alone on a second sheet of paper.
 */
const onePageScales = [1, 0.92, 0.85];

/** Pages in a PDF as Chromium writes it: one `/Type /Page` object each (the page tree is `/Type /Pages`). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}

async function sheetPdf(page: Page, format: PaperFormat): Promise<Buffer> {
  const onePage = (await page.locator('main[data-one-page]').count()) > 0;
  let pdf: Buffer = Buffer.alloc(0);
  for (const scale of onePage ? onePageScales : [1]) {
    pdf = await page.pdf({
      format,
      scale,
      margin: { top: margin, right: margin, bottom: margin, left: margin },
      printBackground: true,
      tagged: true,
    });
    if (pdfPageCount(pdf) <= 1) break;
  }
  return pdf;
}

export function sheetPathsOf(siteDir: string): string[] {
  return readBuiltPages(siteDir)
    .map((page) => page.url)
    .filter(isSheetPath);
}

export async function renderSheetPdfs(siteDir: string, options: SheetPdfOptions = {}): Promise<SheetPdfReport> {
  const startedAt = performance.now();
  const { format = 'Letter', concurrency = 4, outDir = siteDir } = options;
  const sheets = options.sheets ?? sheetPathsOf(siteDir);
  const bytes = new Map<string, number>();
  if (sheets.length === 0) return { count: 0, seconds: 0, bytes };

  const server = await serveSite(siteDir, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: ensureChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Print media and no scripts: the PDF is the sheet as paper shows it, the same with or without JavaScript.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const queue = [...sheets];
    const worker = async () => {
      const page = await context.newPage();
      for (let sheet = queue.shift(); sheet !== undefined; sheet = queue.shift()) {
        const pdfPath = paths.sheetPdf(sheet);
        try {
          const response = await page.goto(new URL(sheet, origin).href, { waitUntil: 'load' });
          if (!response?.ok()) throw new Error(`the page answered ${response?.status() ?? 'nothing'}`);
          const pdf = await sheetPdf(page, format);
          const file = join(outDir, pdfPath);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, pdf);
          bytes.set(pdfPath, pdf.byteLength);
        } catch (error) {
          throw new Error(`Could not render the PDF of the sheet ${sheet}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, sheets.length) }, worker));
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return { count: bytes.size, seconds: (performance.now() - startedAt) / 1000, bytes };
}
