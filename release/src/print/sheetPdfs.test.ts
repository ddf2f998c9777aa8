import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sheetPathsOf } from './sheetPaths.ts';
import { pdfPageCount, renderSheetPdfs } from './sheetPdfs.ts';

let siteDir: string;
const page = (file: string, body: string) => {
  mkdirSync(dirname(join(siteDir, file)), { recursive: true });
  writeFileSync(join(siteDir, file), `<!doctype html><html lang="es"><title>t</title><body>${body}</body></html>`);
};

beforeEach(() => {
  siteDir = mkdtempSync(join(tmpdir(), 'infohub-sheets-'));
  page('404.html', 'No está');
  page('es/mexico/index.html', 'México');
  page('es/mexico/print/index.html', 'Materiales');
  page('es/mexico/print/guides/visa/index.html', 'Visa de trabajo');
  page('es/mexico/print/services/index.html', 'Servicios');
  // Just too long for one Letter page at full size (about 51 lines of default text fit), and far too long.
  page('es/mexico/print/hubs/largo/index.html', `<main data-one-page>${'<div>Línea</div>'.repeat(55)}</main>`);
  page('es/mexico/print/hubs/larguisimo/index.html', `<main data-one-page>${'<div>Línea</div>'.repeat(120)}</main>`);
});
afterEach(() => rmSync(siteDir, { recursive: true, force: true }));

describe('sheetPathsOf', () => {
  it('finds the sheets of a built site, not the list of them nor other pages', () => {
    expect(sheetPathsOf(siteDir)).toEqual([
      '/es/mexico/print/guides/visa/',
      '/es/mexico/print/hubs/largo/',
      '/es/mexico/print/hubs/larguisimo/',
      '/es/mexico/print/services/',
    ]);
  });
});

describe('renderSheetPdfs', () => {
  it('writes each sheet as a PDF beside its page and reports how many', async () => {
    const sheets = ['/es/mexico/print/guides/visa/', '/es/mexico/print/services/'];
    const report = await renderSheetPdfs(siteDir, { concurrency: 2, sheets });
    expect(report.count).toBe(2);
    expect([...report.bytes.keys()].sort()).toEqual(['/es/mexico/print/guides/visa.pdf', '/es/mexico/print/services.pdf']);
    const pdf = readFileSync(join(siteDir, 'es/mexico/print/guides/visa.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(1);
  }, 60_000);

  it('prints a one-page sheet that runs over a little smaller, but lets a long one run on rather than shrink it unreadably', async () => {
    await renderSheetPdfs(siteDir, { sheets: ['/es/mexico/print/hubs/largo/', '/es/mexico/print/hubs/larguisimo/'] });
    expect(pdfPageCount(readFileSync(join(siteDir, 'es/mexico/print/hubs/largo.pdf')))).toBe(1);
    expect(pdfPageCount(readFileSync(join(siteDir, 'es/mexico/print/hubs/larguisimo.pdf')))).toBeGreaterThan(1);
  }, 60_000);

  it('fails naming the sheet that could not be rendered', async () => {
    await expect(renderSheetPdfs(siteDir, { sheets: ['/es/mexico/print/hubs/gone/'] })).rejects.toThrow(
      'Could not render the PDF of the sheet /es/mexico/print/hubs/gone/: the page answered 404',
    );
  }, 60_000);
});
