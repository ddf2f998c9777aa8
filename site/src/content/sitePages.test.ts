import { existsSync } from 'node:fs';
import path from 'node:path';
import { localeCodes } from '@infohub/content-schemas';
import { describe, expect, it } from 'vitest';
import { pickSitePage, sitePageNames } from './sitePages.ts';

const pagesFolder = path.join(import.meta.dirname, 'pages');

describe('pickSitePage', () => {
  const entries = new Map([
    ['es/privacy', 'privacidad'],
    ['fr/privacy', 'confidentialité'],
  ]);

  it('gives the page written in the reader’s language', () => {
    expect(pickSitePage(entries, 'privacy', { locale: 'fr', defaultLocale: 'es' })).toEqual({
      value: 'confidentialité',
      lang: 'fr',
      isFallback: false,
    });
  });

  it('gives the default language’s page, marked as a fallback, to a language without its own file', () => {
    expect(pickSitePage(entries, 'privacy', { locale: 'ar', defaultLocale: 'es' })).toEqual({
      value: 'privacidad',
      lang: 'es',
      isFallback: true,
    });
  });

  it('stops the build when the default language’s file is missing, naming the file to write', () => {
    expect(() => pickSitePage(entries, 'about', { locale: 'fr', defaultLocale: 'es' })).toThrow('site/src/content/pages/es/about.mdx');
  });
});

describe('site page files', () => {
  it('exist for every page in every language the CMS publishes in', () => {
    const missing = localeCodes.flatMap((lang) =>
      sitePageNames.map((name) => `${lang}/${name}.mdx`).filter((file) => !existsSync(path.join(pagesFolder, file))),
    );
    expect(missing).toEqual([]);
  });
});
