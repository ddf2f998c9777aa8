/** A plain object read from a document (not an array, not null): its keys can be looked up. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
