/**
 * How searching compares words, in search and in the lists searched on the page (the recruiter register, the counter's
 * picker). Kept in a module of its own so that a page that only filters its own list does not load the search's
 * synonym rewriting.
 */

/** Lower case, no accents, no punctuation, single spaces: "¿Trámite  de PAPELES?" → "tramite de papeles". */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
