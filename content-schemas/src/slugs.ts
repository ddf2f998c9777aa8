import { slugPattern } from './patterns.ts';

/**
 * Makes a URL slug from a title in any of our languages: "Permiso de trabajo temporal" → "permiso-de-trabajo-temporal".
 * Accents are dropped so that a slug typed on any phone keyboard matches.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}
