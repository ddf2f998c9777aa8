/**
 * The part of search that runs queries, fetched when the reader first focuses the search box (searchForm.ts): Pagefind's
 * runtime (shared by every country, so it stays in the browser's cache), the index of each country searched, and
 * this language's synonym list.
 */
import { fallbackQueries, queryVariants, type SynonymList } from '~/features/search/queryVariants.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
type Filters = Record<string, string | { any: string[] }>;
interface PagefindInstance {
  mergeIndex(indexPath: string): Promise<void>;
  search(term: string, options: { filters: Filters }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindRuntime {
  createInstance(options: { basePath: string; noWorker: boolean }): PagefindInstance;
}
/** One line of results: a guide, a service or a hub, each a page of its own. */
export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  type: string | undefined;
  topic: string | undefined;
  country: string | undefined;
}
export interface SearchRequest {
  lang: string;
  /** This country, or every country with pages in this language. */
  countries: string[];
  term: string;
  type: string;
  topic: string;
}

const maxResults = 10;
// Each language's list is its own small file, fetched with the first search in that language. Keyed by the file's
// own name, so the list a language gets never depends on a path written a second time.
const synonymLoaders = new Map(
  Object.entries(import.meta.glob<SynonymList>('../synonyms/*.json', { import: 'synonyms' })).map(([file, load]) => [
    file.replace(/^.*\/|\.json$/g, ''),
    load,
  ]),
);
const engines = new Map<string, Promise<PagefindInstance>>();
const synonymsByLanguage = new Map<string, Promise<SynonymList>>();

/** Starts fetching what a search in this scope needs, so the first results come sooner. */
export function prepare(lang: string, countries: string[]) {
  void engineFor(lang, countries).catch(() => undefined);
  void synonymsOf(lang).catch(() => undefined);
}

export async function search(request: SearchRequest): Promise<Hit[]> {
  // Always by country: the runtime's placeholder record (features/search/integration.ts) has none, so it never shows.
  const filters: Filters = { country: { any: request.countries } };
  if (request.type) filters.type = request.type;
  if (request.topic) filters.topic = request.topic;
  const [engine, synonyms] = await Promise.all([engineFor(request.lang, request.countries), synonymsOf(request.lang)]);
  const hits = await searchAll(engine, queryVariants(request.term, synonyms), filters);
  return hits.length > 0 ? hits : searchAll(engine, fallbackQueries(request.term, synonyms), filters);
}

// One Pagefind instance per scope (this country, or every country in this language), made on first use.
function engineFor(lang: string, countries: string[]): Promise<PagefindInstance> {
  const key = `${lang} ${countries.join(' ')}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = startEngine(lang, countries);
    engines.set(key, engine);
    engine.catch(() => engines.delete(key));
  }
  return engine;
}

function synonymsOf(lang: string): Promise<SynonymList> {
  let synonyms = synonymsByLanguage.get(lang);
  if (!synonyms) {
    const load = synonymLoaders.get(lang);
    synonyms = load ? load() : Promise.resolve({});
    synonymsByLanguage.set(lang, synonyms);
    synonyms.catch(() => synonymsByLanguage.delete(lang));
  }
  return synonyms;
}

async function startEngine(lang: string, countries: string[]): Promise<PagefindInstance> {
  // The path is only known once the site is built, so the bundler must leave this import alone.
  const runtime = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as PagefindRuntime;
  // No web worker: each index is one country's pages, searched in a few milliseconds, and the worker's script would
  // add about a sixth to the first search's download.
  const engine = runtime.createInstance({ basePath: '/pagefind/', noWorker: true });
  await Promise.all(countries.map((country) => engine.mergeIndex(`/pagefind/${lang}/${country}/`)));
  return engine;
}

/** Runs the reader's words and their rewrites, keeps each page once at its best score, best first. */
async function searchAll(engine: PagefindInstance, variants: string[], filters: Filters): Promise<Hit[]> {
  const best = new Map<string, PagefindResult>();
  for (const variant of variants) {
    const found = await engine.search(variant, { filters });
    for (const result of found?.results ?? []) {
      const kept = best.get(result.id);
      if (!kept || kept.score < result.score) best.set(result.id, result);
    }
  }
  const top = [...best.values()].sort((a, b) => b.score - a.score).slice(0, maxResults);
  return (await Promise.all(top.map((result) => result.data()))).map(toHit);
}

function toHit(page: ResultData): Hit {
  return {
    url: page.url,
    title: page.meta.title ?? page.url,
    excerpt: page.excerpt,
    type: page.meta.type,
    topic: page.filters.topic?.[0],
    country: page.filters.country?.[0],
  };
}

/** How results name a type of page, a topic and a country, in the page's language. */
export interface ResultNames {
  types: Record<string, string>;
  topics: Record<string, string>;
  countries: Record<string, string>;
}

export function renderHit(hit: Hit, strings: ResultNames, showCountry: boolean): HTMLLIElement {
  // One level below the page's h1, which is all the search page has above the results.
  const item = element('li', {}, [element('h2', {}, [element('a', { href: hit.url, textContent: hit.title })])]);
  const about = [
    hit.type && strings.types[hit.type],
    hit.topic && strings.topics[hit.topic],
    showCountry && hit.country && strings.countries[hit.country],
  ].filter((part): part is string => Boolean(part));
  if (about.length > 0) item.append(element('p', { className: 'meta', textContent: about.join(' · ') }));
  // Pagefind escapes the page text and adds only <mark> around the matched words.
  item.append(element('p', { innerHTML: hit.excerpt }));
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]>,
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}
