import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { paths, type Snapshot } from '@infohub/content-schemas';
import { type PaperFormat, renderSheetPdfs, sheetPathsOf } from '@infohub/release';
import { builtSite, fixtureSnapshot, publishedUrl } from '../testing/paths.ts';
import { pdfInfo, pdfText, pdfWords, printedPage, qrCodesOnFirstPage } from '../testing/pdfTools.ts';
import { siteString } from '../testing/siteStrings.ts';
import { expect, test } from './testing/test.ts';

/**
 * Printed sheets and their PDFs, read back the way hub staff and migrants meet them: the text of the PDF in the
 * sheet's language, one page for a guide whatever the paper, a QR code a phone can read that opens the live page,
 * and every other page printing without its navigation and with its links' addresses.
 */
const snapshot = JSON.parse(readFileSync(fixtureSnapshot, 'utf8')) as Snapshot;
const pdfOf = (sheet: string) => path.join(builtSite, paths.sheetPdf(sheet));
const live = (pagePath: string) => new URL(pagePath, publishedUrl).href;

test.describe('sheet PDFs', () => {
  test('every sheet of every country in every language has its PDF in the build', () => {
    const expected = snapshot.countries.flatMap((country) =>
      country.locales.flatMap((lang) => [
        ...snapshot.guides
          .filter((guide) => guide.country === country.slug)
          .map((guide) => paths.guideSheet(lang, country.slug, guide.slug)),
        paths.servicesSheet(lang, country.slug),
        ...snapshot.hubs.filter((hub) => hub.country === country.slug).map((hub) => paths.hubSheet(lang, country.slug, hub.slug)),
      ]),
    );
    expect(sheetPathsOf(builtSite).sort()).toEqual([...expected].sort());
    for (const sheet of expected) {
      expect(existsSync(pdfOf(sheet)), `${paths.sheetPdf(sheet)} was not written`).toBe(true);
      expect(readFileSync(pdfOf(sheet)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  test('a Spanish guide sheet has its title, checklist, steps, review date and live address in Spanish', () => {
    const text = pdfText(pdfOf(paths.guideSheet('es', 'costa-rica', 'permiso-de-trabajo')));
    const guide = snapshot.guides.find((entry) => entry.country === 'costa-rica' && entry.slug === 'permiso-de-trabajo');
    expect(text).toContain(guide?.title.es);
    for (const document of guide?.requiredDocuments ?? []) expect(text).toContain(document.name.es);
    for (const step of guide?.steps ?? []) expect(text).toContain(step.title.es);
    expect(text).toContain(siteString('es', 'guide.documents'));
    expect(text).toContain(`1 de ${siteString('es', 'month.october')} de 2026`);
    expect(text).toContain(live(paths.guide('es', 'costa-rica', 'permiso-de-trabajo')));
  });

  test('a Haitian Creole sheet speaks Kreyòl around content that is only in Spanish yet', () => {
    const text = pdfText(pdfOf(paths.guideSheet('ht', 'guatemala', 'permiso-de-trabajo')));
    expect(text).toContain(siteString('ht', 'guide.documents'));
    expect(text).toContain(siteString('ht', 'guide.steps'));
    expect(text).toContain(siteString('ht', 'print.scan'));
    expect(text).toContain(`1 ${siteString('ht', 'month.july')} 2026`);
    expect(text).toContain('Pasaporte vigente');
    expect(text).not.toContain(siteString('es', 'guide.documents'));
  });

  test('an Arabic sheet has its Arabic text, right to left, and Latin text left to right', () => {
    const hub = snapshot.hubs.find((entry) => entry.slug === 'tecun-uman');
    const file = pdfOf(paths.hubSheet('ar', 'guatemala', 'tecun-uman'));
    const text = pdfText(file);
    expect(text).toContain(hub?.name.ar);
    expect(text).toContain(siteString('ar', 'service.address'));
    expect(text).toContain(siteString('ar', 'print.hubCard'));

    // Headings start at the right-hand margin in Arabic and at the left-hand one in Spanish.
    const arabic = pdfWords(file);
    // pdftotext -bbox gives right-to-left words in the order their glyphs sit on the page, last letter first.
    const arabicHeading = arabic.words.find((word) => [...word.text].reverse().join('') === siteString('ar', 'service.address'));
    expect(arabicHeading?.xMax).toBeGreaterThan(arabic.pageWidth * 0.85);
    const spanish = pdfWords(pdfOf(paths.hubSheet('es', 'guatemala', 'tecun-uman')));
    const spanishHeading = spanish.words.find((word) => word.text === siteString('es', 'service.address'));
    expect(spanishHeading?.xMin).toBeLessThan(spanish.pageWidth * 0.15);
  });

  test('the services directory sheet lists services by city with their hours and phones', () => {
    const text = pdfText(pdfOf(paths.servicesSheet('en', 'costa-rica')));
    expect(text.indexOf('Liberia')).toBeLessThan(text.indexOf('San José'));
    expect(text).toContain(siteString('en', 'service.category.legal-aid'));
    expect(text).toMatch(/Monday–Friday: \d\d:\d\d–\d\d:\d\d/);
    expect(text).toMatch(/Call \+506 \d[\d ]+\d/);
  });

  test('the QR code on a printed sheet opens the live page in the same language', () => {
    const cases = [
      [paths.guideSheet('es', 'costa-rica', 'permiso-de-trabajo'), paths.guide('es', 'costa-rica', 'permiso-de-trabajo')],
      [paths.guideSheet('ht', 'guatemala', 'residencia-temporal'), paths.guide('ht', 'guatemala', 'residencia-temporal')],
      [paths.hubSheet('ar', 'guatemala', 'tecun-uman'), paths.hub('ar', 'guatemala', 'tecun-uman')],
      [paths.servicesSheet('en', 'guatemala'), paths.services('en', 'guatemala')],
    ] as const;
    for (const [sheet, page] of cases) expect(qrCodesOnFirstPage(pdfOf(sheet)), sheet).toEqual([live(page)]);
  });
});

test.describe('guide sheets on paper', () => {
  const guideSheets = snapshot.countries.flatMap((country) =>
    country.locales.flatMap((lang) =>
      snapshot.guides.filter((guide) => guide.country === country.slug).map((guide) => paths.guideSheet(lang, country.slug, guide.slug)),
    ),
  );
  // pdfinfo names the size it recognises; Chromium rounds A4 to whole pixels, so its points are not exact.
  const sizes: Record<PaperFormat, RegExp> = { A4: /\(A4\)$/, Letter: /^612 x 792 pts/ };

  for (const format of ['A4', 'Letter'] as const) {
    test(`every guide sheet, checklist and all, fits on one ${format} page`, async () => {
      test.slow();
      const outDir = mkdtempSync(path.join(tmpdir(), `infohub-${format}-`));
      try {
        const report = await renderSheetPdfs(builtSite, { format, sheets: guideSheets, outDir });
        expect(report.count).toBe(guideSheets.length);
        for (const sheet of guideSheets) {
          const info = pdfInfo(path.join(outDir, paths.sheetPdf(sheet)));
          expect({ sheet, pages: info.pages }).toEqual({ sheet, pages: 1 });
          expect(info.pageSize, sheet).toMatch(sizes[format]);
        }
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    });
  }
});

test.describe('print materials page', () => {
  test('lists every sheet of the country in its language, each with a PDF that downloads', async ({ page, request }) => {
    await page.goto(paths.printMaterials('ht', 'guatemala'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteString('ht', 'print.title'));
    const sheetLinks = await page
      .locator('main a[href*="/print/"]:not([href$=".pdf"])')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(sheetLinks.sort()).toEqual(
      sheetPathsOf(builtSite)
        .filter((sheet) => sheet.startsWith('/ht/guatemala/'))
        .sort(),
    );
    for (const sheet of sheetLinks) {
      const pdf = page.locator(`a[href="${paths.sheetPdf(sheet ?? '')}"]`);
      await expect(pdf).toHaveCount(1);
      const response = await request.get(paths.sheetPdf(sheet ?? ''));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
    }
  });

  test('the "print this page" button prints, and shows only where JavaScript can make it work', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await page.goto(paths.printMaterials('es', 'costa-rica'));
    await expect(page.getByText(siteString('es', 'print.howToPrint'))).toBeHidden();
    await page.getByRole('button', { name: siteString('es', 'print.printButton') }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('a sheet says how to print from the browser instead of showing a button that cannot work', async ({ page }) => {
      await page.goto(paths.guideSheet('en', 'guatemala', 'viajar-seguro'));
      await expect(page.getByText(siteString('en', 'print.howToPrint'))).toBeVisible();
      await expect(page.getByRole('button', { name: siteString('en', 'print.printButton') })).toBeHidden();
    });
  });

  test('the country home, each guide and each hub lead to their sheets', async ({ page }) => {
    await page.goto(paths.country('es', 'guatemala'));
    await page.getByRole('link', { name: siteString('es', 'print.countryLink').replace('{country}', 'Guatemala') }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.printMaterials('es', 'guatemala')}$`));
    await page.goto(paths.guide('en', 'guatemala', 'viajar-seguro'));
    await page.getByRole('link', { name: siteString('en', 'print.guideLink') }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.guideSheet('en', 'guatemala', 'viajar-seguro')}$`));
    await page.goto(paths.hub('ht', 'guatemala', 'tecun-uman'));
    await page.getByRole('link', { name: siteString('ht', 'print.hubLink') }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.hubSheet('ht', 'guatemala', 'tecun-uman')}$`));
  });
});

test.describe('printing any page', () => {
  test('navigation, language switcher, skip link and buttons are not printed', async ({ page }) => {
    await page.goto(paths.guide('es', 'costa-rica', 'permiso-de-trabajo'));
    await page.emulateMedia({ media: 'print' });
    for (const navigation of await page.getByRole('navigation', { includeHidden: true }).all()) await expect(navigation).toBeHidden();
    await expect(page.locator('.skip-link')).toBeHidden();
    await expect(page.getByRole('link', { name: siteString('es', 'print.guideLink') })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('navigation', { name: siteString('es', 'nav.label') })).toBeVisible();
  });

  test('links print their full address after them; phone links and in-page links do not', async ({ page }) => {
    await page.goto(paths.country('es', 'costa-rica'));
    await page.emulateMedia({ media: 'print' });
    // The addresses are generated content, which innerText leaves out: the printed words are read from a PDF.
    const printed = await printedPage(page, pdfText, { format: 'A4' });
    expect(printed).toContain(`(${live(paths.services('es', 'costa-rica'))})`);
    expect(printed).toContain(`(${live(paths.hub('es', 'costa-rica', 'san-jose'))})`);
    expect(printed).not.toContain('tel:');
    expect(printed).not.toContain('(#');
  });

  test('an external link prints its own address', async ({ page }) => {
    await page.goto(paths.guide('es', 'costa-rica', 'permiso-de-trabajo'));
    await page.emulateMedia({ media: 'print' });
    const source = page.locator('a[rel="external"]').first();
    const href = await source.getAttribute('href');
    expect(await source.evaluate((link) => getComputedStyle(link, '::after').content)).toContain(href);
  });
});
