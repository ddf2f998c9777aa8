/**
 * Search, added on top of a page that already works without it. Pagefind's own script (and its index for the
 * bundle of the page's language and country) is fetched on first use, never before, to spare readers' data.
 */
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  search(term: string): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}
/** One line of results: a guide, a service or a hub, each a page of its own. */
interface Hit {
  url: string;
  title: string;
  excerpt: string;
  type: string | undefined;
}
interface SearchStrings {
  searching: string;
  noResults: string;
  oneResult: string;
  manyResults: string;
  failed: string;
  types: Record<string, string>;
}

const maxResults = 10;
const typingPause = 300;

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) enhance(root);

function enhance(root: HTMLElement) {
  const form = root.querySelector('form');
  const input = root.querySelector('input');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const list = root.querySelector('ol');
  const country = root.dataset.country;
  const lang = document.documentElement.lang;
  if (!form || !input || !status || !list || !country) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  let pagefind: Promise<Pagefind> | undefined;
  let latestQuery = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const run = async (query: string) => {
    const queryId = ++latestQuery;
    const term = query.trim();
    if (term === '') {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = strings.searching;
    try {
      // The path is only known once the site is built, so the bundler must leave this import alone. The bundle of
      // this language and country holds only its pages: a smaller download than the whole language's index.
      pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/${lang}/${country}/pagefind.js`) as Promise<Pagefind>;
      const search = await (await pagefind).search(term);
      const pages = await Promise.all(search.results.slice(0, maxResults).map((result) => result.data()));
      if (queryId !== latestQuery) return;
      const hits = pages.map(toHit);
      list.replaceChildren(...hits.map((hit) => renderHit(hit, strings)));
      const template = hits.length === 0 ? strings.noResults : hits.length === 1 ? strings.oneResult : strings.manyResults;
      status.textContent = fill(template, { query: term, count: String(hits.length) });
    } catch {
      pagefind = undefined;
      if (queryId === latestQuery) status.textContent = strings.failed;
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

  root.hidden = false;
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

function toHit(page: ResultData): Hit {
  return { url: page.url, title: page.meta.title ?? page.url, excerpt: page.excerpt, type: page.meta.type };
}

function renderHit(hit: Hit, strings: SearchStrings): HTMLLIElement {
  // One level below the page's h1, which is all the search page has above the results.
  const item = element('li', {}, [element('h2', {}, [element('a', { href: hit.url, textContent: hit.title })])]);
  const type = hit.type && strings.types[hit.type];
  if (type) item.append(element('p', { className: 'meta', textContent: type }));
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
