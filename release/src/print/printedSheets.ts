import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What each PDF of a build was printed from, kept beside the PDFs (`sheet-pdfs.json`) so that the next build can
 * copy those whose page has not changed instead of printing them again.
 */
export interface PrintedSheets {
  /** The printing code and paper size: when either changes, every sheet is printed again. */
  printer: string;
  /** Hash of each sheet page's HTML (stylesheet inlined), by site path of the sheet. */
  pages: Record<string, string>;
}

export const printedSheetsFile = 'sheet-pdfs.json';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export function readPrintedSheets(folder: string): PrintedSheets | undefined {
  const file = join(folder, printedSheetsFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PrintedSheets) : undefined;
}

/** The printing code is every module of this folder but its tests: a change to any of them may change the PDFs. */
export function printerOf(format: string): string {
  const folder = dirname(fileURLToPath(import.meta.url));
  const sources = readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => `${file}\n${readFileSync(join(folder, file), 'utf8')}`);
  return sha256(`${sources.join('\n')}\n${format}`);
}
