import { normalizeQuery } from '~/features/search/normalizeQuery.ts';

/** The letter an entry is listed under in the alphabetical list: A–Z without accents, `#` for a digit or symbol. */
export function initialOf(name: string): string {
  const first = normalizeQuery(name).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}
