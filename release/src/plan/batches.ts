/**
 * The work (about one unit a page) below which a second site build at once costs more than it saves: a build's
 * start-up takes seconds whatever it renders, and on a machine of two cores two small builds side by side were
 * measured slower than one build of both (12.5 s against 9.9 s for two shards of the demo content).
 */
export const batchWorthAStartup = 300;

/**
 * Shares shards out between at most `workers` batches of about the same work, heaviest first, each going to the
 * lightest batch so far, with no batch lighter than `batchWorthAStartup` unless there is only one. Each batch is
 * one site build, so fewer batches means fewer start-up costs.
 */
export function batchShards(shards: readonly string[], weights: Readonly<Record<string, number>>, workers: number): string[][] {
  const weightOf = (shard: string) => weights[shard] ?? 1;
  const total = shards.reduce((sum, shard) => sum + weightOf(shard), 0);
  const count = Math.max(1, Math.min(workers, shards.length, Math.floor(total / batchWorthAStartup)));
  const batches = Array.from({ length: count }, () => ({ weight: 0, shards: [] as string[] }));
  const byWeight = [...shards].sort((a, b) => weightOf(b) - weightOf(a) || a.localeCompare(b));
  for (const shard of byWeight) {
    const lightest = batches.reduce((best, batch) => (batch.weight < best.weight ? batch : best));
    lightest.shards.push(shard);
    lightest.weight += weightOf(shard);
  }
  return batches.map((batch) => batch.shards).filter((batch) => batch.length > 0);
}
