import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What "save this country" stores for one country in one language, by kind, in bytes as the phone keeps them. */
export interface SavedCountrySize {
  list: string;
  pages: number;
  bytes: { pages: number; scripts: number; search: number; counter: number; images: number; total: number };
  /** The same files compressed with gzip, as a host sends them: what saving costs in data. */
  downloadGzipBytes: number;
}

interface OfflineList {
  lang: string;
  pages: string[];
  assets: string[];
  files: string[];
  images: { url: string }[];
}

/**
 * Reads every `offline-pages.json` of a built site and adds up the files saving its country fetches: the pages, the
 * scripts, the country's search index with the Pagefind runtime of its language, the counter data and the images
 * at their smallest size. Scripts and the runtime are shared by countries saved in the same language.
 */
export function savedCountrySizes(siteDir: string): SavedCountrySize[] {
  const runtimeFile = path.join(siteDir, 'pagefind', 'runtime-files.json');
  const runtime = existsSync(runtimeFile) ? (JSON.parse(readFileSync(runtimeFile, 'utf8')) as Record<string, string[]>) : {};
  return offlineLists(siteDir).map((listFile) => {
    const list = JSON.parse(readFileSync(listFile, 'utf8')) as OfflineList;
    const file = (url: string) => path.join(siteDir, url.endsWith('/') ? `${url}index.html` : url);
    const sum = (urls: readonly string[]) => urls.reduce((total, url) => total + statSync(file(url)).size, 0);
    const search = [...list.files.filter((url) => url.startsWith('/pagefind/')), ...(runtime[list.lang] ?? [])];
    const counter = list.files.filter((url) => !url.startsWith('/pagefind/'));
    const images = list.images.map((image) => image.url);
    const bytes = { pages: sum(list.pages), scripts: sum(list.assets), search: sum(search), counter: sum(counter), images: sum(images) };
    const everything = [...list.pages, ...list.assets, ...search, ...counter, ...images];
    return {
      list: `/${path.relative(siteDir, listFile).split(path.sep).join('/')}`,
      pages: list.pages.length,
      bytes: { ...bytes, total: Object.values(bytes).reduce((total, value) => total + value, 0) },
      downloadGzipBytes: everything.reduce((total, url) => total + gzipSync(readFileSync(file(url))).length, 0),
    };
  });
}

function offlineLists(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => path.basename(name) === 'offline-pages.json')
    .map((name) => path.join(siteDir, name))
    .sort();
}
