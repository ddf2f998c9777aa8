/**
 * What readers type, turned into what the site's pages say. A synonym list per language (`synonyms/<lang>.json`,
 * edited by content people) maps words and phrases people use ("papeles", "visa de trabajo", a common misspelling)
 * to the words the pages use ("documentos", "permiso de trabajo"), or to a few alternatives. Pagefind has no "or",
 * so the search runs the reader's own words and each rewrite, and merges the results.
 */
import { normalizeQuery } from './normalizeQuery.ts';

export type SynonymList = Readonly<Record<string, string | readonly string[]>>;

/** At most this many queries per search: each is a Pagefind search on the reader's phone. */
const maxVariants = 4;

/**
 * The queries to run for what a reader typed: their own words first (an apostrophe inside a word split as the index
 * splits it, so "l'asile" finds "asile"), then the query with each phrase the list knows replaced, longest phrases
 * first so "visa de trabajo" wins over "visa"; a phrase with alternatives gives one query per alternative. Phrases
 * match whole words, accents and case aside.
 */
export function queryVariants(typed: string, synonyms: SynonymList): string[] {
  const own = typed.trim().replace(/(\p{L})['’](?=\p{L})/gu, '$1 ');
  const normalized = normalizeQuery(own);
  if (normalized === '') return [];
  const phrases = Object.entries(synonyms)
    .map(([phrase, means]) => ({ phrase: normalizeQuery(phrase), means: (typeof means === 'string' ? [means] : means).filter(Boolean) }))
    .filter(({ phrase, means }) => phrase !== '' && means.length > 0)
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const variants = [own];
  const seen = new Set([normalized]);
  const alternatives = Math.max(1, ...phrases.map(({ means }) => means.length));
  for (let choice = 0; choice < alternatives && variants.length < maxVariants; choice++) {
    let rewritten = ` ${normalized} `;
    for (const { phrase, means } of phrases) {
      const replacement = means[Math.min(choice, means.length - 1)] ?? '';
      // Replaced words are marked so that a later, shorter phrase cannot rewrite them.
      rewritten = rewritten.split(` ${phrase} `).join(` \u0000${replacement.replaceAll(' ', '\u0000')} `);
    }
    const variant = rewritten.replaceAll('\u0000', ' ').replace(/\s+/g, ' ').trim();
    if (!seen.has(normalizeQuery(variant))) {
      seen.add(normalizeQuery(variant));
      variants.push(variant);
    }
  }
  return variants;
}

/**
 * When no page has every word ("atención en mam"), the queries to try next: each word of three letters or more on
 * its own, with its rewrites, so the reader sees pages that have some of their words rather than nothing.
 */
export function fallbackQueries(typed: string, synonyms: SynonymList): string[] {
  const words = normalizeQuery(typed.replace(/(\p{L})['’](?=\p{L})/gu, '$1 '))
    .split(' ')
    .filter((word) => word.length >= 3);
  if (words.length < 2) return [];
  return [...new Set(words.flatMap((word) => queryVariants(word, synonyms)))];
}

/** Problems in a synonym list a content person should fix, each naming the entry. */
export function synonymListProblems(list: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [phrase, means] of Object.entries(list)) {
    const key = normalizeQuery(phrase);
    if (key === '') problems.push(`"${phrase}": the word or phrase people type is empty`);
    const alternatives = typeof means === 'string' ? [means] : Array.isArray(means) ? means : [];
    if (
      alternatives.length === 0 ||
      alternatives.some((alternative) => typeof alternative !== 'string' || normalizeQuery(alternative) === '')
    ) {
      problems.push(`"${phrase}": say which words the pages use (a text, or a list of texts)`);
      continue;
    }
    // Keeping the reader's word among other alternatives is fine ("asylum": ["refugee", "asylum"]); only that is not.
    if (alternatives.every((alternative) => normalizeQuery(alternative) === key))
      problems.push(`"${phrase}": leads to the same words, so it does nothing`);
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(`"${phrase}": the same as "${earlier}" once accents and case are ignored`);
    seen.set(key, phrase);
  }
  return problems;
}
