/**
 * Shares shards out between at most `workers` batches of about the same work, heaviest first, each going to the
 * lightest batch so far. Each batch is one site build, so fewer batches means fewer start-up costs.
 */
export function batchShards(shards: readonly string[], weights: Readonly<Record<string, number>>, workers: number): string[][] {
  const batches = Array.from({ length: Math.max(1, Math.min(workers, shards.length)) }, () => ({ weight: 0, shards: [] as string[] }));
  const byWeight = [...shards].sort((a, b) => (weights[b] ?? 1) - (weights[a] ?? 1) || a.localeCompare(b));
  for (const shard of byWeight) {
    const lightest = batches.reduce((best, batch) => (batch.weight < best.weight ? batch : best));
    lightest.shards.push(shard);
    lightest.weight += weights[shard] ?? 1;
  }
  return batches.map((batch) => batch.shards).filter((batch) => batch.length > 0);
}
