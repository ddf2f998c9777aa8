/**
 * How infohub words a rejected value, wherever it is found (field validation, hooks, the seed): which document,
 * which field and which language, so that an editor or an API caller can go straight to it.
 */
export interface FieldProblem {
  collection: string | undefined;
  /** The document as saved, in the language being saved: its slug or title names it. */
  data: Record<string, unknown> | undefined;
  id?: number | string | undefined;
  /** Dotted path, e.g. `officialSources.2.url`. */
  field: string;
  /** The language of the value, or undefined for a field shared by every language. */
  locale: string | undefined;
  message: string;
}

export function describeProblem({ collection, data, id, field, locale, message }: FieldProblem): string {
  const where = locale ? `locale "${locale}"` : 'same in every language';
  return `${describeDocument(collection, data, id)}, field "${field}" (${where}): ${message}`;
}

export function describeDocument(collection: string | undefined, data: Record<string, unknown> | undefined, id?: number | string): string {
  const kind = collection ?? 'document';
  const name = [data?.slug, data?.title, data?.name, data?.code, data?.email].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  if (name) return `${kind} "${name}"`;
  return id === undefined ? `new ${kind} document` : `${kind} #${id}`;
}
