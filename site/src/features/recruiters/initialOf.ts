/**
 * How a reader's words are compared with an agency's names and licence number: without accents, case or
 * punctuation, so "peña", "PENA" and "Peña S.A." find the same agency and "mt 0042" finds licence "MT-0042". Runs
 * in the page's script (no index to download: the register is on the page already) and in the tests.
 */

/** Lower case, accents and other combining marks removed, every run of punctuation or spaces one space. */
export function searchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether an entry known by `texts` (its names and licence number) answers a reader's query. */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const words = searchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const known = texts.map(searchText).join(' ');
  // Every word the reader typed, anywhere in the names; or the whole query with its spaces and dashes left out, as a
  // licence number is typed in whatever way it was printed ("MT0042", "mt-00 42").
  return words.every((word) => known.includes(word)) || texts.some((text) => compact(text).includes(words.join('')));
}

function compact(text: string): string {
  return searchText(text).replaceAll(' ', '');
}

/** The letter an entry is listed under in the alphabetical list: A–Z without accents, `#` for a digit or symbol. */
export function initialOf(name: string): string {
  const first = searchText(name).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}
