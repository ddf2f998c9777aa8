import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countryShard, paths, siteShard } from '@infohub/content-schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { shardEntries } from './shardFiles.ts';

const siteDir = mkdtempSync(path.join(tmpdir(), 'infohub-shard-files-'));
afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

function write(urlPath: string) {
  const file = path.join(siteDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
}

describe('shardEntries', () => {
  it("gives a country's open data (page and HSDS files) to its shard in that language, and to no other", () => {
    for (const lang of ['es', 'en']) {
      write(paths.country(lang, 'honduras'));
      write(paths.openData(lang, 'honduras'));
      write(paths.hsdsServices(lang, 'honduras'));
      write(paths.hsdsService(lang, 'honduras', '6fbc9822-a5ef-510b-9596-d9932674d755'));
    }
    write(paths.about('es'));
    write('/_astro/site.abc.css');
    const shape = { languages: ['es', 'en'], countries: ['honduras'] };

    const spanish = shardEntries(siteDir, countryShard('es', 'honduras'), shape);
    expect(spanish).toEqual([path.join('es', 'honduras')]);
    for (const file of [paths.openData('es', 'honduras'), paths.hsdsServices('es', 'honduras')]) {
      expect(spanish.some((entry) => file.startsWith(`/${entry.split(path.sep).join('/')}/`))).toBe(true);
    }
    const site = shardEntries(siteDir, siteShard, shape);
    expect(site).toEqual([path.join('es', 'about')]);
  });
});
