import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paths } from '@infohub/content-schemas';
import { type Browser, chromium, type Page } from 'playwright-core';
import { serveSite } from '../serve/serveSite.ts';
import { ensureChromium } from './chromium.ts';
import { sheetPathsOf } from './sheetPaths.ts';

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
  /**
   * An earlier build's PDF folder (the live release). A sheet whose page is byte for byte the one that build printed,
   * with the same printing code and paper, gets that PDF copied instead of printed again: a publish that changes one
   * guide prints that guide's sheets, not every sheet of the site.
   */
  reuseFrom?: string;
}

export interface SheetPdfReport {
  count: number;
  /** How many of them were copied from `reuseFrom` rather than printed. */
  reused: number;
  seconds: number;
  /** Size of every PDF written, by site path of the PDF (`/es/mexico/print/services.pdf`). */
  bytes: Map<string, number>;
}

/** What each PDF of a build was printed from, kept beside the PDFs so that the next build can reuse them. */
interface PrintedSheets {
  /** The printing code and paper size: when either changes, every sheet is printed again. */
  printer: string;
  /** Hash of each sheet page's HTML (stylesheet inlined), by site path of the sheet. */
  pages: Record<string, string>;
}

const printedSheetsFile = 'sheet-pdfs.json';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function readPrintedSheets(folder: string): PrintedSheets | undefined {
  const file = join(folder, printedSheetsFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PrintedSheets) : undefined;
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

export async function renderSheetPdfs(siteDir: string, options: SheetPdfOptions = {}): Promise<SheetPdfReport> {
  const startedAt = performance.now();
  const { format = 'Letter', concurrency = 4, outDir = siteDir } = options;
  const sheets = options.sheets ?? sheetPathsOf(siteDir);
  const bytes = new Map<string, number>();
  const printed: PrintedSheets = {
    printer: sha256(`${readFileSync(fileURLToPath(import.meta.url), 'utf8')}\n${format}`),
    // A sheet without its page is left to the printing below, which fails naming it.
    pages: Object.fromEntries(
      sheets
        .filter((sheet) => existsSync(join(siteDir, sheet, 'index.html')))
        .map((sheet) => [sheet, sha256(readFileSync(join(siteDir, sheet, 'index.html')))]),
    ),
  };
  const earlier = options.reuseFrom ? readPrintedSheets(options.reuseFrom) : undefined;
  const toPrint: string[] = [];
  for (const sheet of sheets) {
    const earlierPdf = options.reuseFrom && join(options.reuseFrom, paths.sheetPdf(sheet));
    if (
      earlierPdf &&
      earlier?.printer === printed.printer &&
      printed.pages[sheet] !== undefined &&
      earlier.pages[sheet] === printed.pages[sheet] &&
      existsSync(earlierPdf)
    ) {
      const file = join(outDir, paths.sheetPdf(sheet));
      mkdirSync(dirname(file), { recursive: true });
      copyFileSync(earlierPdf, file);
      bytes.set(paths.sheetPdf(sheet), readFileSync(file).byteLength);
    } else {
      toPrint.push(sheet);
    }
  }
  const reused = bytes.size;
  const finish = (): SheetPdfReport => {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, printedSheetsFile), JSON.stringify(printed));
    return { count: bytes.size, reused, seconds: (performance.now() - startedAt) / 1000, bytes };
  };
  if (toPrint.length === 0) return finish();

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
    const queue = [...toPrint];
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
    await Promise.all(Array.from({ length: Math.min(concurrency, toPrint.length) }, worker));
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return finish();
}
