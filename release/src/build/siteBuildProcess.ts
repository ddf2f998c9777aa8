/**
 * How a site build's processes are started (the release's, and the CMS's shard builders), to hold less memory at no
 * cost in time. Half the large bench content in one build (6,872 pages) peaked at 1,204–1,269 MB resident with
 * Node's defaults: V8 let its heap grow to twice what was live (about 500 MB of pages for 240 MB of objects), and
 * the bundlers' allocator (mimalloc, in rolldown, rollup and Astro's compiler) kept some 320 MB it no longer used.
 * Heap growth capped at 30% and the allocator returning freed memory at once: 861 MB, in the same 36–42 s. Capped
 * harder (15%, or `--optimize-for-size`), the build spends its time collecting garbage (up to 62 s).
 */
export const siteBuildProcess = {
  execArgv: ['--heap-growing-percent=30'],
  env: { MIMALLOC_PURGE_DELAY: '0' },
} as const;
