/** The id a relationship value points at, whether Payload returned it as an id or as the populated document. */
export function relationId(value: unknown): number | string | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'id' in value) return relationId((value as { id: unknown }).id);
  return undefined;
}
