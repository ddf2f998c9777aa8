/**
 * Reads documents by id a batch at a time, one batch after another: a query names a bounded number of ids (SQL
 * parameters, URL length) and the source is not flooded with parallel reads.
 */
export async function inBatches<T>(ids: readonly string[], size: number, read: (batch: readonly string[]) => Promise<T[]>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < ids.length; start += size) results.push(...(await read(ids.slice(start, start + size))));
  return results;
}
