import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ensureChromium } from './chromium.ts';
import { pdfPageCount } from './pdfPageCount.ts';
import { fitHeights, margin, onePageScales, printableArea, startScale } from './sheetFit.ts';

describe('startScale', () => {
  const heights = fitHeights('Letter');
  const page = printableArea('Letter').height;

  it('starts a sheet at the largest scale at which it may fit on one page', () => {
    expect(startScale([page - 10], heights)).toBe(0);
    expect(startScale([page + 50, page / 0.92 - 10], heights)).toBe(1);
    expect(startScale([page + 150, page / 0.92 + 50, page / 0.85 - 1], heights)).toBe(2);
  });

  it('prints a sheet the measure cannot tell apart from the page’s height at the larger scale, to be checked', () => {
    expect(startScale([page + 1.5, page / 0.92 - 50], heights)).toBe(0);
    expect(startScale([page + 2.5, page / 0.92 - 50], heights)).toBe(1);
  });

  it('starts a sheet too long for every scale at the smallest', () => {
    expect(startScale([page * 3, page * 2.9, page * 2.8], heights)).toBe(onePageScales.length - 1);
  });
});

describe('printableArea', () => {
  /**
   * The area Chromium lays a printed page out in, read back from the page: each print media query that holds shows
   * one more page break, so the PDF's page count says which of the widths and heights asked about the page reaches.
   */
  it('is the area Chromium lays a printed page out in, at every scale', async () => {
    const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      for (const format of ['Letter', 'A4'] as const) {
        for (const scale of onePageScales) {
          const area = printableArea(format);
          const sizes = [area.width / scale, area.height / scale];
          // Just under each size the query holds, just over it it does not: one page break each, two pages in all.
          const queries = sizes.flatMap((size, index) =>
            [size - 0.2, size + 0.2].map((bound) => `(min-${index === 0 ? 'width' : 'height'}: ${bound}px)`),
          );
          const css = queries.map((query, index) => `@media print and ${query}{#q${index}{display:block}}`).join('');
          const breaks = queries.map((_query, index) => `<div id="q${index}" class="q"></div>`).join('');
          await page.setContent(`<style>.q{display:none;break-before:page}${css}</style><p>page</p>${breaks}`);
          const pdf = await page.pdf({ format, scale, margin: { top: margin, right: margin, bottom: margin, left: margin } });
          expect({ format, scale, pages: pdfPageCount(pdf) }).toEqual({ format, scale, pages: 3 });
        }
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
