import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requireDebianTools } from '@infohub/scripts/debian-tools';
import type { Page } from '@playwright/test';

/** Reading PDFs back with Debian's poppler-utils and zbar-tools, as a person would: text, pages, and the QR code. */

const run = (command: string, args: string[]) => {
  requireDebianTools();
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
};

/** The PDF's text, without the bidi marks pdftotext puts around right-to-left runs, one space between words. */
export function pdfText(file: string): string {
  return run('pdftotext', [file, '-'])
    .replace(/[\u200e\u200f\u202a-\u202e]/g, '')
    .replace(/\s+/g, ' ');
}

export function pdfInfo(file: string): { pages: number; pageSize: string } {
  const info = run('pdfinfo', [file]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    pageSize: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '',
  };
}

export interface PlacedWord {
  text: string;
  xMin: number;
  xMax: number;
}

/** Every word of the first page with where it sits across it, and the page's width (PDF points). */
export function pdfWords(file: string): { pageWidth: number; words: PlacedWord[] } {
  const html = run('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-']);
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(html)?.[1]);
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
    xMin: Number(match[1]),
    xMax: Number(match[2]),
    text: match[3] ?? '',
  }));
  return { pageWidth, words };
}

/** The QR codes zbarimg finds on the first page, rendered at 150 dpi as a phone camera would see a printout. */
export function qrCodesOnFirstPage(file: string): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'infohub-qr-'));
  try {
    const image = path.join(folder, 'page');
    run('pdftoppm', ['-r', '150', '-png', '-singlefile', '-f', '1', '-l', '1', file, image]);
    // zbarimg exits 4 when it finds no code: that is an answer (none), not a failure.
    const scan = spawnSync('zbarimg', ['--quiet', '--raw', `${image}.png`], { encoding: 'utf8' });
    if (scan.status !== 0 && scan.status !== 4) throw new Error(`zbarimg failed (exit ${scan.status}): ${scan.stderr}`);
    return scan.stdout.split('\n').filter((line) => line !== '');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The page printed to PDF by Chromium (print media, as "save as PDF" does), handed to `read` before it is deleted. */
export async function printedPage<T>(page: Page, read: (file: string) => T, options: Parameters<Page['pdf']>[0] = {}): Promise<T> {
  const folder = mkdtempSync(path.join(tmpdir(), 'infohub-printed-'));
  try {
    const file = path.join(folder, 'page.pdf');
    await page.pdf({ ...options, path: file });
    return read(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
