import { normalizeQuery } from './normalizeQuery.ts';

/**
 * Searching words that are on the page already, with no index to download (the recruiter register, the counter's
 * picker): compared as search compares them, without accents, case or punctuation, so "peña", "PENA" and
 * "Peña S.A." find the same entry and "mt 0042" finds licence "MT-0042".
 */

/** Whether an entry known by `texts` (its names, a licence number…) answers a reader's query. */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const known = texts.map(normalizeQuery).join(' ');
  // Every word the reader typed, anywhere in the names; or the whole query with its spaces and dashes left out, as a
  // licence number is typed in whatever way it was printed ("MT0042", "mt-00 42").
  return words.every((word) => known.includes(word)) || texts.some((text) => compact(text).includes(words.join('')));
}

function compact(text: string): string {
  return normalizeQuery(text).replaceAll(' ', '');
}
