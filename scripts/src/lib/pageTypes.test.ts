import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupPagesByType, readRoutes, routeOf } from './pageTypes.ts';

function tree(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'infohub-pages-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
  }
  return root;
}

const pagesDir = tree([
  'index.astro',
  '404.astro',
  '[lang]/index.astro',
  '[lang]/about.mdx',
  '[lang]/[country]/index.astro',
  '[lang]/[country]/services.astro',
  '[lang]/[country]/[topic]/index.astro',
  '[lang]/[country]/guides/[slug].astro',
  '[lang]/[country]/feed.xml.ts',
  '[lang]/_drafts/old.astro',
  '_components/Card.astro',
]);

describe('page types from the routes', () => {
  it('are the page files, named by their path, leaving out endpoints and what Astro ignores', () => {
    expect(readRoutes(pagesDir).map((route) => route.name)).toEqual([
      '[lang]/[country]/[topic]/index',
      '[lang]/[country]/guides/[slug]',
      '[lang]/[country]/index',
      '[lang]/[country]/services',
      '[lang]/about',
      '[lang]/index',
      '404',
      'index',
    ]);
  });

  it('match a built page to its route, a fixed name winning over a parameter as in Astro', () => {
    const routes = readRoutes(pagesDir);
    const typeOf = (url: string) => routeOf(routes, url)?.name;
    expect(typeOf('/')).toBe('index');
    expect(typeOf('/404.html')).toBe('404');
    expect(typeOf('/es/')).toBe('[lang]/index');
    expect(typeOf('/es/about/')).toBe('[lang]/about');
    expect(typeOf('/es/costa-rica/')).toBe('[lang]/[country]/index');
    expect(typeOf('/es/costa-rica/services/')).toBe('[lang]/[country]/services');
    expect(typeOf('/es/costa-rica/trabajo/')).toBe('[lang]/[country]/[topic]/index');
    expect(typeOf('/es/costa-rica/guides/permiso/')).toBe('[lang]/[country]/guides/[slug]');
    expect(typeOf('/es/costa-rica/guides/permiso/extra/')).toBeUndefined();
  });

  it('group every HTML file of a built site, and set apart those no route explains', () => {
    const siteDir = tree([
      'index.html',
      '404.html',
      'es/index.html',
      'es/costa-rica/guides/a/index.html',
      'en/costa-rica/guides/b/index.html',
      'pagefind/pagefind.js',
      'stray/leftover/page/twice/deep/index.html',
    ]);
    const { byType, unmatched } = groupPagesByType(siteDir, pagesDir);
    expect(byType.get('[lang]/[country]/guides/[slug]')?.map((page) => page.url)).toEqual([
      '/en/costa-rica/guides/b/',
      '/es/costa-rica/guides/a/',
    ]);
    expect(byType.get('404')?.map((page) => page.file)).toEqual(['404.html']);
    expect([...byType.keys()].sort()).toEqual(['404', '[lang]/[country]/guides/[slug]', '[lang]/index', 'index']);
    expect(unmatched.map((page) => page.url)).toEqual(['/stray/leftover/page/twice/deep/']);
  });
});
