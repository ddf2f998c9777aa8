import type { References } from './toSnapshotDocuments.ts';
import type { ReferenceTable, ReferenceUse } from './watchedReferences.ts';

const tables: ReadonlySet<string> = new Set<ReferenceTable>(['countrySlugs', 'topicSlugs', 'guides', 'mediaIds']);

/**
 * Tells whether any of a document's reference uses resolves differently now than when its snapshot entry was made:
 * then the entry must be converted again, even though the document itself did not change. Answers are kept per use,
 * since many documents look up the same country.
 */
export function referenceChanges(before: References, after: References): (uses: readonly ReferenceUse[]) => boolean {
  const changed = new Map<ReferenceUse, boolean>();
  const hasChanged = (use: ReferenceUse) => {
    let answer = changed.get(use);
    if (answer === undefined) {
      const old = resolve(before, use);
      answer = old === undefined || old !== resolve(after, use);
      changed.set(use, answer);
    }
    return answer;
  };
  return (uses) => uses.some(hasChanged);
}

/** What a use resolves to, as text to compare; undefined for a use this code does not know (then it counts as changed). */
function resolve(references: References, use: ReferenceUse): string | undefined {
  const colon = use.indexOf(':');
  const table = use.slice(0, colon);
  const key = use.slice(colon + 1);
  if (colon < 0 || !tables.has(table)) return undefined;
  if (table === 'mediaIds') return key === '*' ? JSON.stringify([...references.mediaIds].sort()) : String(references.mediaIds.has(key));
  const values: ReadonlyMap<string, unknown> = references[table as Exclude<ReferenceTable, 'mediaIds'>];
  if (key === '*') return JSON.stringify([...values.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify(values.get(key) ?? null);
}
