/**
 * The compiled HSDS schemas repeat whole object schemas wherever they nest (a phone's attributes' taxonomy term's
 * metadata…), some hundreds of times: compiled as is, Ajv writes code for every copy (3.5 MB of it, 12 s on a busy
 * two-core machine, against 1.6 s shared). Here each object schema that occurs more than once becomes one entry of
 * `definitions`, referred to by `$ref` wherever it occurred. The result accepts exactly what the original does; the
 * vendored file stays as published.
 */
type Schema = Record<string, unknown>;

const isObjectSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'properties' in value;

export function shareRepeatedSubschemas(root: Schema): Schema {
  const occurrences = new Map<string, number>();
  const count = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(count);
    else if (typeof value === 'object' && value !== null) {
      if (isObjectSchema(value)) {
        const key = JSON.stringify(value);
        occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
      }
      Object.values(value).forEach(count);
    }
  };
  Object.values(root).forEach(count);

  const definitions: Record<string, unknown> = {};
  const names = new Map<string, string>();
  const share = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(share);
    if (typeof value !== 'object' || value === null) return value;
    const rebuilt = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, share(inner)]));
    if (!isObjectSchema(value)) return rebuilt;
    const key = JSON.stringify(value);
    if ((occurrences.get(key) ?? 0) < 2) return rebuilt;
    let name = names.get(key);
    if (name === undefined) {
      name = `shared${names.size}`;
      names.set(key, name);
      definitions[name] = rebuilt;
    }
    return { $ref: `#/definitions/${name}` };
  };
  const shared = Object.fromEntries(Object.entries(root).map(([key, value]) => [key, share(value)]));
  return { ...shared, definitions };
}
