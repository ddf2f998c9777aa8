/**
 * Search, added on top of a page that already works without it. This script only wires the form; what runs queries
 * (searchSession.ts, then Pagefind, the index and the synonym list) is fetched when the reader focuses the search
 * box, or when a link brings a query in its address, never before.
 */

import { fillPlaceholders } from '~/i18n/fillPlaceholders.ts';
import type { ResultNames } from './searchSession.ts';

interface SearchStrings extends ResultNames {
  searching: string;
  noResults: string;
  oneResult: string;
  manyResults: string;
  failed: string;
}

const typingPause = 300;
let session: Promise<typeof import('./searchSession.ts')> | undefined;
const loadSession = () => {
  session ??= import('./searchSession.ts');
  session.catch(() => {
    session = undefined;
  });
  return session;
};

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
  const countries = () => (everywhere?.checked ? Object.keys(strings.countries) : [country]);
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
    list.setAttribute('aria-busy', 'true');
    try {
      const { search, renderHit } = await loadSession();
      const showCountry = everywhere?.checked === true;
      const hits = await search({ lang, countries: countries(), term, type: typeFilter?.value ?? '', topic: topicFilter?.value ?? '' });
      if (queryId !== latestQuery) return;
      list.replaceChildren(...hits.map((hit) => renderHit(hit, strings, showCountry)));
      const template = hits.length === 0 ? strings.noResults : hits.length === 1 ? strings.oneResult : strings.manyResults;
      status.textContent = fillPlaceholders(template, { query: term, count: String(hits.length) });
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
  input.addEventListener(
    'focus',
    () => {
      loadSession()
        .then(({ prepare }) => prepare(lang, countries()))
        .catch(() => undefined);
    },
    { once: true },
  );
  for (const control of [typeFilter, topicFilter, everywhere]) control?.addEventListener('change', () => void run(input.value));

  root.hidden = false;
  for (const fallback of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) fallback.hidden = true;
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
