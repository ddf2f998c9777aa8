/**
 * What readers type, turned into what the site's pages say. A synonym list per language (`synonyms/<lang>.json`,
 * edited by content people) maps words and phrases people use ("papeles", "visa de trabajo", a common misspelling)
 * to the words the pages use ("documentos", "permiso de trabajo"). Pagefind has no "or", so the search runs the
 * reader's own words and, when the list rewrites them, the rewritten query too, and merges the results.
 */
export type SynonymList = Readonly<Record<string, string>>;

/** Lower case, no accents, no punctuation, single spaces: "¿Trámite  de PAPELES?" → "tramite de papeles". */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The queries to run for what a reader typed: their own words first, then (if the list knows any of their words or
 * phrases) the same query with each known phrase replaced, longest phrases first so "visa de trabajo" wins over
 * "visa". Phrases match whole words only.
 */
export function queryVariants(typed: string, synonyms: SynonymList): string[] {
  const own = typed.trim();
  const normalized = normalizeQuery(own);
  if (normalized === '') return [];
  const phrases = Object.keys(synonyms)
    .map((phrase) => ({ phrase: normalizeQuery(phrase), means: synonyms[phrase] ?? '' }))
    .filter(({ phrase, means }) => phrase !== '' && means !== '')
    .sort((a, b) => b.phrase.length - a.phrase.length);
  let rewritten = ` ${normalized} `;
  for (const { phrase, means } of phrases) {
    // Replaced text is marked so that a later, shorter phrase cannot rewrite the words just put in.
    rewritten = rewritten.split(` ${phrase} `).join(` \u0000${means.replaceAll(' ', '\u0000')} `);
  }
  const variant = rewritten.replaceAll('\u0000', ' ').replace(/\s+/g, ' ').trim();
  return normalizeQuery(variant) === normalized ? [own] : [own, variant];
}

/** Problems in a synonym list a content person should fix, each naming the entry. */
export function synonymListProblems(list: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [phrase, means] of Object.entries(list)) {
    const key = normalizeQuery(phrase);
    if (key === '') problems.push(`"${phrase}": the word or phrase people type is empty`);
    if (typeof means !== 'string' || normalizeQuery(means) === '') {
      problems.push(`"${phrase}": say which words the pages use (a non-empty text)`);
      continue;
    }
    if (normalizeQuery(means) === key) problems.push(`"${phrase}": leads to the same words, so it does nothing`);
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(`"${phrase}": the same as "${earlier}" once accents and case are ignored`);
    seen.set(key, phrase);
  }
  return problems;
}
