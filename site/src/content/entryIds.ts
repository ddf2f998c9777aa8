type EntryType = 'service' | 'hub';

/**
 * The id of one service or hub on its country's services or hubs page, which links and search results point to.
 * The prefix keeps a slug from colliding with the page's other ids ("main", "city-…"), and tells the search which
 * headings on those pages are entries rather than city headings.
 */
export function entryId(type: EntryType, slug: string): string {
  return `${type}-${slug}`;
}

/** Whether an id on a page of the given type (Pagefind's `type` meta) is one of its entries. */
export function isEntryId(type: string, id: string): boolean {
  return id.startsWith(`${type}-`);
}
