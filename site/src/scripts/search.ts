/**
 * Search, added on top of a page that already works without it. Pagefind's own script (and its index for the
 * page's language, chosen from <html lang>) is fetched on first use, never before, to spare readers' data.
 */
interface SubResult {
  url: string;
  title: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
interface Pagefind {
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] }>;
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
      // The path is only known once the site is built, so the bundler must leave this import alone.
      pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`) as Promise<Pagefind>;
      const search = await (await pagefind).search(term, { filters: { country } });
      const results = await Promise.all(search.results.slice(0, maxResults).map((result) => result.data()));
      if (queryId !== latestQuery) return;
      list.replaceChildren(...results.map((result) => renderResult(result, strings)));
      status.textContent = fill(
        results.length === 0 ? strings.noResults : search.results.length === 1 ? strings.oneResult : strings.manyResults,
        { query: term, count: String(search.results.length) },
      );
    } catch {
      pagefind = undefined;
      if (queryId === latestQuery) status.textContent = strings.failed;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
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

function renderResult(result: ResultData, strings: SearchStrings): HTMLLIElement {
  const title = element('a', { href: result.url, textContent: result.meta.title ?? result.url });
  const item = element('li', {}, [element('h3', {}, [title])]);
  const type = result.meta.type && strings.types[result.meta.type];
  if (type) item.append(element('p', { className: 'meta', textContent: type }));
  // Services and hubs share one page each: link straight to the matching entries too.
  const entries = (result.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (entries.length > 0) {
    item.append(element('ul', {}, entries.map((sub) => element('li', {}, [element('a', { href: sub.url, textContent: sub.title })]))));
  }
  // Pagefind escapes the page text and adds only <mark> around the matched words.
  item.append(element('p', { innerHTML: result.excerpt }));
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
