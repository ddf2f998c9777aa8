import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two files build real sites (Astro, Pagefind, Chromium) and spend part of that time waiting on their child
    // processes: Vitest's default of one worker per core but one left a 2-core machine running one file at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
