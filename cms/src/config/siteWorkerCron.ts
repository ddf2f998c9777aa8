/** Croner starts a worker's look at these seconds; one pattern can step through a minute at most once a second. */
const secondsInAMinute = 60;

/**
 * When site worker `number` (from 1) of `count` looks at the shard queue: between them once a second, each in turn.
 * Workers looking at the same moment would each take part of a small publish and build side by side, which on a
 * machine of few cores is slower than one warm build of all of it (tiny content: 8.9 and 9.9 s side by side for
 * four shards). In turns, the first to look takes it whole; a large release still spreads, as the next worker takes
 * what is left a second later.
 */
export function siteWorkerCron(number: number, count: number): string {
  const turns = Math.min(count, secondsInAMinute);
  if (turns <= 1) return '* * * * * *';
  return `${(number - 1) % turns}-59/${turns} * * * * *`;
}
