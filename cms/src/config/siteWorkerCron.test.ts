import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { siteWorkerCron } from './siteWorkerCron.ts';

/** The seconds, over two minutes from a whole minute, at which each worker looks at the queue, as Payload's runner (croner) reads the pattern. */
function looks(count: number): number[][] {
  const start = new Date('2026-12-07T10:00:00.000Z');
  const end = start.getTime() + 120_000;
  return Array.from({ length: count }, (_, index) => {
    const cron = new Cron(siteWorkerCron(index + 1, count), { paused: true, timezone: 'UTC' });
    const seconds: number[] = [];
    for (let next = cron.nextRun(new Date(start.getTime() - 1)); next && next.getTime() < end; next = cron.nextRun(next)) {
      seconds.push((next.getTime() - start.getTime()) / 1000);
    }
    return seconds;
  });
}

describe('when the site workers look at the shard queue', () => {
  it.each([1, 2, 3, 7])('with %i workers, some worker looks every second, and never two at once', (count) => {
    const byWorker = looks(count);
    expect(byWorker.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 120 }, (_, second) => second));
    for (const seconds of byWorker) expect(seconds.length).toBeGreaterThan(0);
  });

  it('shares the seconds out evenly between two workers', () => {
    const [first, second] = looks(2);
    expect(first?.length).toBe(60);
    expect(second?.length).toBe(60);
  });
});
