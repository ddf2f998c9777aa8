import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rememberByFile } from '@infohub/content-schemas/files';
import type { AstroIntegrationLogger } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { searchRuntimeFiles } from '~/features/offline/offlineStore.ts';
import { addToBuildRecord, linkFromLive, readLiveRecord } from '~/integrations/buildRecord.ts';
import { rendersSiteShard } from '~/snapshot/shards.ts';
import { loadSnapshot } from '~/snapshot/snapshot.ts';
import { textForIndexing } from './searchText.ts';

/**
 * The search index of a built site, written with Pagefind right after Astro writes the pages
 * (`integrations/searchAndOffline.ts`), so one build command gives a searchable site. Pagefind only reads elements
 * marked `data-pagefind-body`, which keeps navigation and lists out of the results.
 *
 * Layout (measured in site/README.md, "Search"):
 * - `pagefind/`: Pagefind's runtime once for the whole site (script and one WebAssembly file per language, which
 *   holds the stemmer), with an index of one placeholder record per language: Pagefind needs a primary index in
 *   the page's language to load that language's WebAssembly, and refuses a record without words. The placeholder
 *   has no `country` filter and the search page always filters by country, so it is never a result. Every search
 *   page loads this same runtime, so a reader who searches another country keeps it in the browser's cache.
 * - `pagefind/<lang>/<country>/`: the index of one language and country, no runtime of its own. The search page
 *   merges it into the runtime (Pagefind's `mergeIndex`); searching every country merges every country's index.
 *
 * The runtime belongs to the site-wide shard and each country's index to its shard: a build writes those of the
 * shards it renders, or takes a country's index from the live release when its pages are byte for byte the ones that
 * index was built from (`integrations/buildRecord.ts`).
 */
export async function indexSearch(siteDir: string, snapshotPath: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  const pagefindDir = path.join(siteDir, 'pagefind');
  const snapshot = loadSnapshot(snapshotPath);
  try {
    const searchPages = searchPagesOf(siteDir);
    if (rendersSiteShard(snapshot)) {
      // Every language a country may publish in, whether or not one does yet: the runtime never waits on them.
      const languages = snapshot.locales.map((locale) => locale.code);
      await writeBundle(pagefindDir, async (index) => {
        for (const language of languages) {
          failOn(
            `start the index of ${language}`,
            (await index.addCustomRecord({ url: `/${language}/`, content: 'infohub', language })).errors,
          );
        }
      });
      keepOnly(pagefindDir, (name) => isRuntimeFile(name) || isIndexFile(name));
      writeFileSync(path.join(siteDir, searchRuntimeFiles), JSON.stringify(runtimeFilesByLanguage(pagefindDir)));
    }
    let pageCount = 0;
    const live = readLiveRecord();
    const searchIndexes: Record<string, string> = {};
    // Each bundle's pages are read (synchronously) before Pagefind, in a process of its own, is given any: it then
    // fills the bundles side by side, and within a bundle, pages go in one after another, in order.
    await Promise.all(
      searchPages.map(async ({ lang, country }) => {
        const bundle = `${lang}/${country}`;
        const bundleDir = path.join(pagefindDir, lang, country);
        const pages = searchablePages(siteDir, path.join(siteDir, lang, country));
        searchIndexes[bundle] = hashOf(pages);
        // Pagefind cannot add to an index, but the same pages give the same index: the live release's is taken.
        const liveBundle = live && path.join(live.site, 'pagefind', lang, country);
        if (liveBundle && live.searchIndexes[bundle] === searchIndexes[bundle] && existsSync(liveBundle)) {
          linkFromLive(liveBundle, bundleDir);
          return;
        }
        await writeBundle(bundleDir, async (index) => {
          for (const page of pages) {
            failOn(`index ${page.url}`, (await index.addHTMLFile(page)).errors);
            pageCount += 1;
          }
        });
        keepOnly(bundleDir, isIndexFile);
      }),
    );
    addToBuildRecord({ searchIndexes });
    logger.info(
      `Indexed ${pageCount} pages in ${searchPages.length} bundles (one per language and country) sharing one runtime; bundles whose pages are the live release's were taken from it.`,
    );
  } finally {
    await close();
  }
}

async function writeBundle(outputPath: string, fill: (index: PagefindIndex) => Promise<void>) {
  const created = await createIndex({});
  const index = created.index;
  if (!index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  await fill(index);
  failOn(`write ${outputPath}`, (await index.writeFiles({ outputPath })).errors);
  await index.deleteIndex();
}

/** The script and WebAssembly a search runs on; Pagefind's ready-made interfaces (`pagefind-ui.js`…) are not used. */
function isRuntimeFile(name: string): boolean {
  return name === 'pagefind.js' || /^wasm\..+\.pagefind$/.test(name);
}

/**
 * The files a search in each language loads from the runtime: the script, the language's WebAssembly (Pagefind's
 * generic one for a language without a stemmer) and the placeholder index's files of that language. "Save this
 * country" stores them, so a saved country can be searched offline.
 */
function runtimeFilesByLanguage(pagefindDir: string): Record<string, string[]> {
  const entry = JSON.parse(readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const url = (...parts: string[]) => `/${['pagefind', ...parts].join('/')}`;
  const filesOf = (folder: string, language: string) =>
    existsSync(path.join(pagefindDir, folder))
      ? readdirSync(path.join(pagefindDir, folder))
          .filter((name) => name.startsWith(`${language}_`))
          .map((name) => url(folder, name))
      : [];
  return Object.fromEntries(
    Object.entries(entry.languages).map(([language, { hash, wasm }]) => [
      language,
      [
        url('pagefind.js'),
        url('pagefind-entry.json'),
        url(`wasm.${wasm ?? 'unknown'}.pagefind`),
        url(`pagefind.${hash}.pf_meta`),
        ...filesOf('index', language),
        ...filesOf('fragment', language),
      ],
    ]),
  );
}

/** Removes the top-level files of a bundle folder that `keep` refuses (its index folders stay). */
function keepOnly(folder: string, keep: (name: string) => boolean) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isFile() && !keep(entry.name)) rmSync(path.join(folder, entry.name));
  }
}

function isIndexFile(name: string): boolean {
  return name === 'pagefind-entry.json' || name.endsWith('.pf_meta');
}

/**
 * The built pages under a folder that carry something to index, with the address each is served at and what
 * Pagefind is given of each.
 */
function searchablePages(siteDir: string, folder: string): { url: string; content: string }[] {
  const pages: { url: string; content: string }[] = [];
  for (const relative of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (path.basename(relative) !== 'index.html') continue;
    const file = path.join(folder, relative);
    const content = indexedContentOf(file);
    if (content === undefined) continue;
    pages.push({ url: `/${path.relative(siteDir, path.dirname(file)).split(path.sep).join('/')}/`, content });
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * What Pagefind is given of a page, or nothing for a page without a part to index. Remembered by file: a publish's
 * country pages are mostly the live release's, hard-linked, which a warm shard builder read when it built them.
 * About one publish's pages of twice the large bench content; a page's text is a few KB.
 */
const indexedContentOf = rememberByFile(
  'searchContent',
  (page) => {
    const html = page.toString('utf8');
    return html.includes('data-pagefind-body') ? textForIndexing(withoutHeadAndScripts(html)) : undefined;
  },
  5_000,
);

/** Every language × country folder that has a search page: each gets an index of its own. */
export function searchPagesOf(siteDir: string): { lang: string; country: string }[] {
  const found: { lang: string; country: string }[] = [];
  for (const lang of readdirSync(siteDir)) {
    if (!/^[a-z]{2,3}$/.test(lang)) continue;
    for (const country of readdirSync(path.join(siteDir, lang))) {
      if (existsSync(path.join(siteDir, lang, country, 'search', 'index.html'))) found.push({ lang, country });
    }
  }
  return found;
}

/**
 * A page as Pagefind gets it: without its head and its scripts, which Pagefind does not index (results take their
 * title from the page's `h1`) and which change when nothing a search finds does (the structured data's modification
 * time, the language links). So a page whose head or structured data alone changed leaves its country's index as it
 * was, and the index can be reused. A full build of the demo content gives the same index files either way.
 */
function withoutHeadAndScripts(html: string): string {
  const start = html.indexOf('<head>');
  const end = html.indexOf('</head>');
  const body = start === -1 || end < start ? html : html.slice(0, start) + html.slice(end + '</head>'.length);
  return body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
}

/** What a bundle is built from, as one hash: its pages' addresses and the HTML Pagefind reads, in order. */
function hashOf(pages: readonly { url: string; content: string }[]): string {
  const hash = createHash('sha256');
  for (const page of pages) hash.update(page.url).update('\0').update(page.content).update('\0');
  return hash.digest('hex');
}

function failOn(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}
