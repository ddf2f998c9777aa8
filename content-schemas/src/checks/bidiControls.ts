/**
 * Invisible characters that reorder the text after them: the explicit embeddings and overrides of Unicode's bidi
 * algorithm (U+202A–U+202E). No keyboard types them; pasted or sent on purpose, one left open turns the rest of a
 * title around ("Trojan Source"-style spoofing), in the page and in the browser tab. Right-to-left words need none:
 * the browser orders Arabic inside Spanish by itself. The isolates (U+2066–U+2069) stay allowed: they end where
 * the text ends.
 */
const bidiEmbeddingsAndOverrides = /[\u202A-\u202E]/u;

export function describeBidiControlProblem(value: string): string | undefined {
  const found = bidiEmbeddingsAndOverrides.exec(value)?.[0];
  if (found === undefined) return undefined;
  const code = `U+${found.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  return `contains an invisible character (${code}) that turns the text after it around: delete it (retype the text around it if need be)`;
}
