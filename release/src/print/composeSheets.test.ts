import { describe, expect, it } from 'vitest';
import { batchSheets, composeSheets, sheetMarker } from './composeSheets.ts';
import type { SheetHtml } from './sheetHtml.ts';

const page = (lang: string, body: string, styles = '<style>p{}</style>'): SheetHtml => ({
  htmlAttributes: `lang="${lang}" dir="ltr"`,
  styles,
  bodyAttributes: 'class="sheet-body"',
  body,
  title: body,
  onePage: false,
});
const sheet = (path: string, lang = 'es', styles?: string) => ({ sheet: path, page: page(lang, `<p id="x">${path}</p>`, styles) });

describe('batchSheets', () => {
  it('puts together sheets that can share a document, in their order, at most `size` at a time', () => {
    const sheets = [
      sheet('/es/a/'),
      sheet('/en/b/', 'en'),
      sheet('/es/c/'),
      sheet('/es/d/'),
      sheet('/es/e/', 'es', '<style>q{}</style>'),
      sheet('/es/f/'),
    ];
    const batches = batchSheets(sheets, 2).map((batch) => batch.map((entry) => entry.sheet));
    expect(batches).toEqual([['/es/a/', '/es/c/'], ['/en/b/'], ['/es/d/', '/es/f/'], ['/es/e/']]);
  });
});

describe('composeSheets', () => {
  it('makes one document of the sheets, each wrapped in its marker and with its own ids', () => {
    const { html } = composeSheets([sheet('/es/a/'), sheet('/es/b/')]);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="es" dir="ltr"><head><meta charset="utf-8">.*<style>p\{\}<\/style>/);
    expect(html).toContain('<body class="sheet-body">');
    for (const [index, path] of ['/es/a/', '/es/b/'].entries()) {
      expect(html).toContain(
        `<div class="infohub-sheet" role="none" id="${sheetMarker(index)}"><a href="#${sheetMarker(index)}" hidden></a>` +
          `<p id="${sheetMarker(index)}-x">${path}</p></div>`,
      );
    }
    expect(html.indexOf('/es/a/')).toBeLessThan(html.indexOf('/es/b/'));
  });

  it('refuses sheets that cannot share a document', () => {
    expect(() => composeSheets([sheet('/es/a/'), sheet('/en/b/', 'en')])).toThrow('cannot share');
  });
});
