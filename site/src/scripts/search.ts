/**
 * Search, added on top of a page that already works without it. Nothing is fetched before the reader focuses the
 * search box: then Pagefind's runtime (shared by every country, so it stays in the browser's cache), the index of
 * this language and country, and this language's synonym list.
 */
import { fallbackQueries, queryVariants, type SynonymList } from '../search/queryVariants.ts';

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
interface PagefindInstance {
  mergeIndex(indexPath: string): Promise<void>;
  search(term: string, options: { filters: Filters }): Promise<{ results: PagefindResult[] } | null>;
}
type Filters = Record<string, string | { any: string[] }>;
interface PagefindRuntime {
  createInstance(options: { basePath: string; noWorker: boolean }): PagefindInstance;
}
/** One line of results: a guide, a service or a hub, each a page of its own. */
interface Hit {
  url: string;
  title: string;
  excerpt: string;
  type: string | undefined;
  topic: string | undefined;
  country: string | undefined;
}
interface SearchStrings {
  searching: string;
  noResults: string;
  oneResult: string;
  manyResults: string;
  failed: string;
  types: Record<string, string>;
  topics: Record<string, string>;
  countries: Record<string, string>;
}

const maxResults = 10;
const typingPause = 300;
// Each language's list is its own small file, fetched with the first search in that language.
const synonymLists = import.meta.glob<SynonymList>('../search/synonyms/*.json', { import: 'synonyms' });

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) enhance(root);

function enhance(root: HTMLElement) {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const list = root.querySelector('ol');
  const country = root.dataset.country;
  const lang = document.documentElement.lang;
  if (!form || !input || !status || !list || !country) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const typeFilter = root.querySelector<HTMLSelectElement>('select[name="type"]');
  const topicFilter = root.querySelector<HTMLSelectElement>('select[name="topic"]');
  const everywhere = root.querySelector<HTMLInputElement>('input[name="everywhere"]');
  const engines = new Map<string, Promise<PagefindInstance>>();
  let synonyms: Promise<SynonymList> | undefined;
  let latestQuery = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  // One Pagefind instance per scope (this country, or every country in this language), made on first use.
  const engineFor = (countries: string[]): Promise<PagefindInstance> => {
    const key = countries.join(' ');
    let engine = engines.get(key);
    if (!engine) {
      engine = startEngine(lang, countries);
      engines.set(key, engine);
      engine.catch(() => engines.delete(key));
    }
    return engine;
  };
  const synonymList = (): Promise<SynonymList> => {
    const load = synonymLists[`../search/synonyms/${lang}.json`];
    synonyms ??= load ? load() : Promise.resolve({});
    return synonyms;
  };
  const scope = () => (everywhere?.checked ? Object.keys(strings.countries) : [country]);
  const warmUp = () => {
    void engineFor(scope()).catch(() => undefined);
    void synonymList().catch(() => undefined);
  };

  const run = async (query: string) => {
    const queryId = ++latestQuery;
    const term = query.trim();
    if (term === '') {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = strings.searching;
    list.setAttribute('aria-busy', 'true');
    try {
      const countries = scope();
      // Always by country: the runtime's placeholder record (integrations/pagefind.ts) has none, so it never shows.
      const filters: Filters = { country: { any: countries } };
      if (typeFilter?.value) filters.type = typeFilter.value;
      if (topicFilter?.value) filters.topic = topicFilter.value;
      const [engine, synonymsOfLanguage] = await Promise.all([engineFor(countries), synonymList()]);
      let hits = await searchAll(engine, queryVariants(term, synonymsOfLanguage), filters);
      if (hits.length === 0) hits = await searchAll(engine, fallbackQueries(term, synonymsOfLanguage), filters);
      if (queryId !== latestQuery) return;
      const showCountry = everywhere?.checked === true;
      list.replaceChildren(...hits.map((hit) => renderHit(hit, strings, showCountry)));
      const template = hits.length === 0 ? strings.noResults : hits.length === 1 ? strings.oneResult : strings.manyResults;
      status.textContent = fill(template, { query: term, count: String(hits.length) });
    } catch {
      if (queryId === latestQuery) status.textContent = strings.failed;
    } finally {
      if (queryId === latestQuery) list.removeAttribute('aria-busy');
    }
  };

  // The query stays out of the address: on a phone shared with others, browser history would show what a reader
  // looked up (asylum, trafficking…). A link that carries ?q still runs its search.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void run(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void run(input.value), typingPause);
  });
  input.addEventListener('focus', warmUp, { once: true });
  for (const control of [typeFilter, topicFilter, everywhere]) control?.addEventListener('change', () => void run(input.value));

  root.hidden = false;
  for (const fallback of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) fallback.hidden = true;
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
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

function renderHit(hit: Hit, strings: SearchStrings, showCountry: boolean): HTMLLIElement {
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

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
