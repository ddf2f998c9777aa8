/**
 * Pagefind keeps a word joined by an apostrophe whole: "l’asile" is indexed as "l’asile" and "lasile", never as
 * "asile", so a reader typing "asile" (as everyone does) missed the French guide on asylum; the same goes for
 * Creole "m’ap", English "migrant’s". A hair space after an apostrophe between two letters splits the word for the
 * index only (the pages readers get are untouched); it is the one invisible separator Pagefind splits on (a
 * zero-width space, soft hyphen or word joiner does not), so excerpts still read "l’asile".
 */
const apostropheInWord = /(\p{L})(['’])(?=\p{L})/gu;
const hairSpace = '\u200A';

/** The HTML handed to Pagefind: text between tags gets the split, tags and their attributes stay as they are. */
export function textForIndexing(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(apostropheInWord, `$1$2${hairSpace}`)))
    .join('');
}
