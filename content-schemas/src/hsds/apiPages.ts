import type { HsdsPage } from './records.ts';

/**
 * A `/services` response as the HSDS API pages it. Static files cannot answer `?page=2`, so the whole list is one
 * page: `page_number` 1, `total_pages` 1, `size` and `total_items` the number of services. A country's directory
 * is a few hundred services at most, well under a megabyte as list records.
 */
export function singlePage<T>(contents: readonly T[]): HsdsPage<T> {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents: [...contents],
  };
}
