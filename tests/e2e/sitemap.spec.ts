import { publishedUrl } from '../testing/paths.ts';
import { expect, test } from './testing/test.ts';

interface SitemapUrl {
  loc: string;
  alternates: [string, string][];
}

test.describe('sitemap', () => {
  test('lists each page with exactly the languages it exists in', async ({ page, request }) => {
    const index = await (await request.get('/sitemap-index.xml')).text();
    const sitemapPaths = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
    expect(sitemapPaths.length).toBeGreaterThan(0);
    const sitemaps = await Promise.all(sitemapPaths.map(async (path) => (await request.get(path)).text()));

    await page.goto('/es/');
    const urls: SitemapUrl[] = (
      await Promise.all(
        sitemaps.map((xml) =>
          page.evaluate((text) => {
            const document = new DOMParser().parseFromString(text, 'application/xml');
            if (document.getElementsByTagName('parsererror').length > 0) throw new Error('The sitemap is not well-formed XML.');
            const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';
            const xhtmlNs = 'http://www.w3.org/1999/xhtml';
            return [...document.getElementsByTagNameNS(sitemapNs, 'url')].map((url) => ({
              loc: url.getElementsByTagNameNS(sitemapNs, 'loc')[0]?.textContent ?? '',
              alternates: [...url.getElementsByTagNameNS(xhtmlNs, 'link')].map(
                (link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? ''] as [string, string],
              ),
            }));
          }, xml),
        ),
      )
    ).flat();
    const byPath = new Map(urls.map((url) => [new URL(url.loc).pathname, url]));
    const languagesOf = (path: string) =>
      byPath
        .get(path)
        ?.alternates.map(([lang]) => lang)
        .sort();

    expect(byPath.has('/')).toBe(false);
    // Guatemala publishes in es, en, ht and ar; Costa Rica only in es and en; the site's own pages in every language.
    expect(languagesOf('/ar/guatemala/guides/viajar-seguro/')).toEqual(['ar', 'en', 'es', 'ht']);
    expect(languagesOf('/en/costa-rica/guides/permiso-de-trabajo/')).toEqual(['en', 'es']);
    expect(languagesOf('/fr/privacy/')).toEqual(['ar', 'en', 'es', 'fr', 'ht']);
    expect(byPath.has('/fr/costa-rica/')).toBe(false);
    expect(byPath.get('/es/costa-rica/')?.alternates).toContainEqual(['en', `${publishedUrl}/en/costa-rica/`]);

    // Every alternate is itself a page of the sitemap, so no language points at a page that was never built.
    for (const url of urls) {
      for (const [, href] of url.alternates) expect(byPath.has(new URL(href).pathname), `${url.loc} → ${href}`).toBe(true);
    }
  });
});
