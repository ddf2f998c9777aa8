import { describe, expect, it } from 'vitest';
import { testGuide, testSnapshot } from '~/testing/snapshot.ts';
import { findBrokenInternalLinks, sitePagePaths } from './internalLinks.ts';

const siteUrl = 'https://info.example.org/';

describe('findBrokenInternalLinks', () => {
  it('accepts links to pages the site builds, in any of the country’s languages, and to other sites', () => {
    const snapshot = testSnapshot({
      guides: [
        testGuide({
          bodyHtml: {
            es: '<p><a href="/ht/guatemala/guides/permiso-de-trabajo/">kreyòl</a> <a href="https://info.example.org/es/guatemala/trabajo/">tema</a> <a href="/es/about">acerca</a> <a href="https://other.example/es/nowhere/">fuera</a> <a href="#pasos">pasos</a></p>',
          },
        }),
      ],
    });
    expect(findBrokenInternalLinks(snapshot, siteUrl)).toEqual([]);
  });

  it('names the guide, field and language of each link to a page that does not exist', () => {
    const snapshot = testSnapshot({
      guides: [
        testGuide({
          bodyHtml: {
            es: '<p><a href="/es/guatemala/guides/borrada/">borrada</a></p>',
            en: '<p><a href="https://info.example.org/fr/guatemala/guides/permiso-de-trabajo/">not in French</a></p>',
          },
        }),
      ],
    });
    expect(findBrokenInternalLinks(snapshot, siteUrl)).toEqual([
      {
        document: 'guides "permiso-de-trabajo" (guatemala)',
        field: 'bodyHtml',
        locale: 'es',
        message: expect.stringMatching(/^links to \/es\/guatemala\/guides\/borrada\/, which is not a page of the site/),
      },
      expect.objectContaining({ locale: 'en', message: expect.stringContaining('/fr/guatemala/guides/permiso-de-trabajo/') }),
    ]);
  });

  it('ignores links the sanitiser removes anyway', () => {
    const snapshot = testSnapshot({ guides: [testGuide({ bodyHtml: { es: '<a href="javascript:location=\'/es/nowhere/\'">x</a>' } })] });
    expect(findBrokenInternalLinks(snapshot, siteUrl)).toEqual([]);
  });

  it('checks the next snapshot as it is: a page gone since the last check, or a body edited, is seen', () => {
    const linking = (href: string) => `<p><a href="${href}">permiso</a></p>`;
    const before = testSnapshot({ guides: [testGuide({ bodyHtml: { es: linking('/es/guatemala/guides/permiso-de-trabajo/') } })] });
    expect(findBrokenInternalLinks(before, siteUrl)).toEqual([]);
    // The same body as in the last check, now in another guide: the one it links to is no longer published.
    const unpublished = testSnapshot({
      guides: [testGuide({ slug: 'otra-guia', bodyHtml: { es: linking('/es/guatemala/guides/permiso-de-trabajo/') } })],
    });
    expect(findBrokenInternalLinks(unpublished, siteUrl)).toEqual([
      expect.objectContaining({ document: 'guides "otra-guia" (guatemala)', locale: 'es' }),
    ]);
    const edited = testSnapshot({ guides: [testGuide({ bodyHtml: { es: linking('/es/guatemala/guides/permiso-de-trabajo-2/') } })] });
    expect(findBrokenInternalLinks(edited, siteUrl)).toEqual([
      expect.objectContaining({ locale: 'es', message: expect.stringContaining('/es/guatemala/guides/permiso-de-trabajo-2/') }),
    ]);
  });
});

describe('sitePagePaths', () => {
  it('lists the pages of each language a country publishes in', () => {
    const pages = sitePagePaths(testSnapshot({ guides: [testGuide()] }));
    expect(pages).toContain('/es/guatemala/guides/permiso-de-trabajo/');
    expect(pages).toContain('/ht/guatemala/trabajo/');
    expect(pages).not.toContain('/fr/guatemala/');
    expect(pages).toContain('/fr/about/');
  });
});
