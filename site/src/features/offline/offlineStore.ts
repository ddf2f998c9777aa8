/**
 * What the service worker and the pages' offline scripts agree on: the caches they share, and how a kept copy of a
 * page records when it was saved, so a reader is told how old what they read offline is.
 */

/** Every cache this site makes starts with this; the service worker deletes any of them not in `offlineCaches`. */
export const cachePrefix = 'infohub-';

/** Bump the version when the way copies are stored changes: the next service worker drops the old caches. */
export const offlineCaches = {
  /** Pages a reader opened, most recent first to stay when room runs out. */
  pages: `${cachePrefix}pages-v1`,
  /** Pages stored by "save this country", kept until the reader removes them. */
  saved: `${cachePrefix}saved-v1`,
  /** Scripts and styles whose names carry a hash of their content, so a copy never goes stale. */
  assets: `${cachePrefix}assets-v1`,
  /**
   * Images (hashed names too), apart from the scripts: a country saved with many pictures would otherwise push the
   * scripts it saved a moment before out of a cache of limited size.
   */
  images: `${cachePrefix}images-v1`,
} as const;

/** Images the build wrote under `/_astro/`, by their extension. */
export const isImagePath = (pathname: string) => /\.(avif|webp|png|jpe?g|gif|svg)$/i.test(pathname);

/**
 * A kept copy carries its saving time as a Server-Timing entry: the page it becomes can read it through the
 * Navigation Timing API, so it learns it came from the phone and not the network without asking anyone.
 */
export const savedAtTiming = 'infohub-saved';

export async function stampSavedAt(response: Response, savedAt = new Date()): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set('server-timing', `${savedAtTiming};desc="${savedAt.toISOString()}"`);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

export function savedAtOf(response: Response): Date | undefined {
  const match = new RegExp(`${savedAtTiming};desc="([^"]+)"`).exec(response.headers.get('server-timing') ?? '');
  const date = match?.[1] ? new Date(match[1]) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** The most recently saved copy of a page, whether the reader opened it or saved its whole country. */
export async function newestCopy(request: RequestInfo | URL): Promise<Response | undefined> {
  const copies = await Promise.all([
    caches.match(request, { cacheName: offlineCaches.pages }),
    caches.match(request, { cacheName: offlineCaches.saved }),
  ]);
  const time = (response: Response) => savedAtOf(response)?.getTime() ?? 0;
  return copies
    .filter((copy): copy is Response => copy !== undefined)
    .reduce<Response | undefined>((newest, copy) => (newest === undefined || time(copy) > time(newest) ? copy : newest), undefined);
}

/** The pages of one country in one language, as the build lists them in `/{lang}/{country}/offline-pages.json`. */
export interface CountryPageList {
  lang: string;
  country: string;
  /** The country's name in that language, for the list of saved countries. */
  title: string;
  home: string;
  pages: string[];
  /** Scripts those pages load (and those they load later, such as search's), so they still work offline. */
  assets: string[];
  /** Data the pages read with a script: the counter page's guides and services, the country's search index. */
  files: string[];
  /** The guides' images, each at its smallest size, which also answers offline for the larger sizes. */
  images: SavedImage[];
}

/** One image kept for offline reading: its smallest file, and the addresses of its other sizes it stands in for. */
export interface SavedImage {
  url: string;
  standsFor: string[];
}

/**
 * Pagefind's runtime (script, WebAssembly and placeholder index) by language, written by the search step with the
 * runtime: a saved country's search needs its language's part, shared by every country saved in that language.
 */
export const searchRuntimeFiles = '/pagefind/runtime-files.json';

/** Files of a saved country that the service worker answers from the phone when the network fails. */
export function isSavedFileRequest(url: URL): boolean {
  return url.pathname.startsWith('/pagefind/') || url.pathname.endsWith('/counter.json');
}

/**
 * A saved copy of a file the network could not give: the file itself, or for an image a smaller size of it that a
 * saved country kept. Pagefind asks for its entry file with a changing `?ts=`, so the query is ignored there.
 */
export async function savedFileCopy(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  const own = await caches.match(request, { ignoreSearch: url.pathname.startsWith('/pagefind/') });
  if (own || request.destination !== 'image') return own;
  for (const record of await savedCountries()) {
    const image = record.images?.find((candidate) => candidate.standsFor.includes(url.pathname));
    if (image) return caches.match(image.url, { cacheName: offlineCaches.saved });
  }
  return undefined;
}

/** What the saved cache keeps under the list's address once a country was saved: the list, and how far saving got. */
export interface SavedCountry extends CountryPageList {
  savedAt: string;
  savedPages: number;
}

export const isCountryPageList = (url: string) => new URL(url).pathname.endsWith('/offline-pages.json');

/** Every country saved on this phone, in any language. */
export async function savedCountries(): Promise<SavedCountry[]> {
  const saved = await caches.open(offlineCaches.saved);
  const records = await Promise.all(
    (await saved.keys())
      .filter((request) => isCountryPageList(request.url))
      .map(async (request) => (await (await saved.match(request))?.json()) as SavedCountry | undefined),
  );
  return records.filter((record): record is SavedCountry => record !== undefined);
}
