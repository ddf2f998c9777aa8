/**
 * Offline reading, on every page: registers the service worker, asks it to keep the page that was opened before
 * it existed, and tells the reader when what they read is a copy kept on the phone, and from when.
 */

import { newestCopy, savedAtOf, savedAtTiming } from '~/features/offline/offlineStore.ts';
import { formatDate } from '~/format/dates.ts';

interface NoticeWords {
  template: string;
  months: string[];
  longDate: string;
}

if ('serviceWorker' in navigator && 'caches' in window) {
  void showCopyNotice();
  void register();
}

async function register() {
  const openedWithoutWorker = navigator.serviceWorker.controller === null;
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  } catch {
    // Private modes and some browsers refuse service workers: the site then simply works online only.
    return;
  }
  if (!openedWithoutWorker) return;
  const worker = (await navigator.serviceWorker.ready).active;
  // Every file the page loaded, the modules its scripts import included, so that it works offline as it did online.
  const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
  worker?.postMessage({ type: 'keep', page: location.href, assets: loaded });
}

async function showCopyNotice() {
  const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
  if (!notice) return;
  const savedAt = savedAtFromNavigation() ?? (navigator.onLine ? undefined : await savedAtFromCache());
  if (!savedAt) return;
  const words = JSON.parse(notice.dataset.words ?? '{}') as NoticeWords;
  notice.textContent = words.template.replace('{date}', formatDate(savedAt.toISOString(), words));
  notice.hidden = false;
}

/** The service worker stamps the copies it keeps; the stamp reaches the page only when the copy was served. */
function savedAtFromNavigation(): Date | undefined {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const timing = navigation?.serverTiming?.find((entry) => entry.name === savedAtTiming);
  const date = timing ? new Date(timing.description) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

// For browsers that do not pass Server-Timing on: offline, the page can only have come from the phone.
async function savedAtFromCache(): Promise<Date | undefined> {
  const copy = await newestCopy(location.href);
  return copy && savedAtOf(copy);
}
