/**
 * How infohub names a rejected value for scripts and API callers, who have no form to point at: which document and
 * which field. The message itself, as the admin shows it beside the field, names the language version.
 */
export function describeFieldError(collection: string | undefined, id: number | string | undefined, path: string, message: string): string {
  return `${describeDocument(collection, undefined, id)}, field "${path}": ${message}`;
}

export function describeDocument(collection: string | undefined, data: Record<string, unknown> | undefined, id?: number | string): string {
  const kind = collection ?? 'document';
  const name = [data?.slug, data?.title, data?.name, data?.code, data?.email].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  if (name) return `${kind} "${name}"`;
  return id === undefined ? `new ${kind} document` : `${kind} #${id}`;
}
