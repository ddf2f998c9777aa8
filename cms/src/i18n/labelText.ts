/**
 * A field label as the editor reads it. In the admin's client config our labels are already strings (Payload resolves
 * `label()` functions per language); a static `{ en, es, fr }` object is read in the editor's language.
 */
export function labelText(label: unknown, language: string): string | undefined {
  if (typeof label === 'string') return label;
  if (typeof label !== 'object' || label === null) return undefined;
  const byLanguage = label as Record<string, unknown>;
  const text = byLanguage[language] ?? byLanguage.en ?? Object.values(byLanguage)[0];
  return typeof text === 'string' ? text : undefined;
}
