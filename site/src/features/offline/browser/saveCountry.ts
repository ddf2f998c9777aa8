/**
 * "Save this country for offline" on a country's home, and the list of saved countries on the offline page. Both
 * exist only where service workers do: the markup stays hidden otherwise, so a page without JavaScript is unchanged.
 */

import {
  type CountryPageList,
  offlineCaches,
  type SavedCountry,
  savedCountries,
  searchRuntimeFiles,
  stampSavedAt,
} from '~/features/offline/offlineStore.ts';
import { formatDate } from '~/format/dates.ts';
import { fillPlaceholders } from '~/i18n/fillPlaceholders.ts';

interface SaveWords {
  save: string;
  update: string;
  saving: string;
  saved: string;
  partial: string;
  failed: string;
  removed: string;
  months: string[];
  longDate: string;
}

/** Enough to keep a slow connection busy without queueing a page's worth of requests behind each other. */
const parallelDownloads = 3;

const offlineCapable = 'serviceWorker' in navigator && 'caches' in window;
if (offlineCapable) {
  for (const root of document.querySelectorAll<HTMLElement>('[data-save-offline]')) void enhanceSaveButton(root);
  for (const list of document.querySelectorAll<HTMLElement>('[data-saved-countries]')) void listSavedCountries(list);
}

async function enhanceSaveButton(root: HTMLElement) {
  const listUrl = root.dataset.list;
  const saveButton = root.querySelector<HTMLButtonElement>('[data-save]');
  const removeButton = root.querySelector<HTMLButtonElement>('[data-remove]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  if (!listUrl || !saveButton || !removeButton || !status) return;
  const words = JSON.parse(root.dataset.words ?? '{}') as SaveWords;
  const date = (iso: string) => formatDate(iso, words);

  const show = (saved: SavedCountry | undefined) => {
    saveButton.textContent = saved ? words.update : words.save;
    removeButton.hidden = !saved;
    if (!saved) return;
    status.textContent =
      saved.savedPages === saved.pages.length
        ? fillPlaceholders(words.saved, { count: saved.savedPages, date: date(saved.savedAt) })
        : fillPlaceholders(words.partial, { done: saved.savedPages, total: saved.pages.length, date: date(saved.savedAt) });
  };
  const busy = (isBusy: boolean) => {
    saveButton.disabled = isBusy;
    removeButton.disabled = isBusy;
  };

  saveButton.addEventListener('click', async () => {
    busy(true);
    try {
      const saved = await saveCountry(listUrl, (done, total) => {
        status.textContent = fillPlaceholders(words.saving, { done, total });
      });
      if (saved) show(saved);
      else status.textContent = words.failed;
    } catch {
      status.textContent = words.failed;
    } finally {
      busy(false);
    }
  });
  removeButton.addEventListener('click', async () => {
    busy(true);
    try {
      await removeCountry(listUrl);
      show(undefined);
      status.textContent = words.removed;
      saveButton.focus();
    } finally {
      busy(false);
    }
  });

  show(await savedCountry(listUrl));
  root.hidden = false;
}

/** Stores every page on the list; returns what was saved, or nothing when not one page could be. */
async function saveCountry(listUrl: string, progress: (done: number, total: number) => void): Promise<SavedCountry | undefined> {
  // no-store: the copies live in one place only, so "remove" leaves none behind in the browser's HTTP cache.
  const listResponse = await fetch(listUrl, { cache: 'no-store' });
  if (!listResponse.ok) return undefined;
  const list = (await listResponse.json()) as CountryPageList;
  // Asks the browser not to clear saved pages when the phone runs short of room; it may say no, which is fine.
  void navigator.storage?.persist?.().catch(() => false);
  const [saved, assets] = await Promise.all([caches.open(offlineCaches.saved), caches.open(offlineCaches.assets)]);
  let savedPages = 0;
  progress(0, list.pages.length);
  await inParallel(list.pages, async (url) => {
    const response = await fetch(url, { cache: 'no-store' }).catch(() => undefined);
    if (!response?.ok) return;
    await saved.put(url, await stampSavedAt(response));
    savedPages += 1;
    progress(savedPages, list.pages.length);
  });
  // Scripts, search and images only enhance the pages: one that fails to download leaves them readable, so it is
  // not reported. The country's own files go with its pages (removed with them); the search runtime, shared by
  // every country saved in this language, with the scripts.
  await inParallel(list.assets, async (url) => {
    if (await assets.match(url)) return;
    await assets.add(url).catch(() => undefined);
  });
  // The runtime's names do not change with its content, so it is fetched again with each save.
  await inParallel(await searchRuntimeOf(list.lang), async (url) => {
    await assets.add(new Request(url, { cache: 'no-store' })).catch(() => undefined);
  });
  // Images have hashed names: one kept for another country or language is the same file.
  await inParallel(list.images, async ({ url }) => {
    if (await saved.match(url)) return;
    await saved.add(url).catch(() => undefined);
  });
  await inParallel(list.files, async (url) => {
    await saved.add(new Request(url, { cache: 'no-store' })).catch(() => undefined);
  });
  if (savedPages === 0) return undefined;
  const record: SavedCountry = { ...list, savedAt: new Date().toISOString(), savedPages };
  await saved.put(listUrl, new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
  return record;
}

/** Removes the country's pages, saved or merely opened: on a shared phone, nothing of them should be left. */
async function removeCountry(listUrl: string) {
  const [saved, opened] = await Promise.all([caches.open(offlineCaches.saved), caches.open(offlineCaches.pages)]);
  const record = await savedCountry(listUrl);
  const pages =
    record?.pages ?? ((await (await fetch(listUrl).catch(() => undefined))?.json()) as CountryPageList | undefined)?.pages ?? [];
  await Promise.all(pages.flatMap((url) => [saved.delete(url), opened.delete(url)]));
  await saved.delete(listUrl);
  // An image may also belong to another saved country or language (the same hashed file): that one keeps it.
  const keptImages = new Set((await savedCountries()).flatMap((other) => other.images.map((image) => image.url)));
  const images = await caches.open(offlineCaches.images);
  const ownImages = (record?.images ?? []).map((image) => image.url).filter((url) => !keptImages.has(url));
  await Promise.all([
    ...(record?.files ?? []).map((url) => saved.delete(url)),
    ...ownImages.flatMap((url) => [saved.delete(url), images.delete(url)]),
  ]);
}

/** Pagefind's files for searching in this language; none when the list cannot be had (search then needs a connection). */
async function searchRuntimeOf(lang: string): Promise<string[]> {
  const response = await fetch(searchRuntimeFiles, { cache: 'no-store' }).catch(() => undefined);
  if (!response?.ok) return [];
  const byLanguage = (await response.json()) as Record<string, string[] | undefined>;
  return byLanguage[lang] ?? [];
}

async function savedCountry(listUrl: string): Promise<SavedCountry | undefined> {
  const record = await caches.match(listUrl, { cacheName: offlineCaches.saved });
  return record ? ((await record.json()) as SavedCountry) : undefined;
}

async function listSavedCountries(section: HTMLElement) {
  const list = section.querySelector('ul');
  if (!list) return;
  const lang = document.documentElement.lang;
  const countries = (await savedCountries()).filter((record) => record.lang === lang);
  if (countries.length === 0) return;
  list.replaceChildren(
    ...countries.map((country) => {
      const link = Object.assign(document.createElement('a'), { href: country.home, textContent: country.title });
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  section.hidden = false;
}

async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(parallelDownloads, queue.length) }, worker));
}
