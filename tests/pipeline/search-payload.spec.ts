import { measureSearchPayload, searchPagesOf } from '@infohub/scripts/search-payload';
import { firstSearchCeilingBytes } from '../testing/sizeBudget.ts';
import { pipeline } from './testing/paths.ts';
import { expect, test } from './testing/test.ts';

// Words a reader of each language would search for; some countries of the demo have no page with them, and a search
// that finds nothing still fetches the runtime and the index, which is what the budget is about.
const queries: Record<string, readonly [string, string]> = {
  es: ['refugio', 'pasaporte'],
  en: ['refugee', 'passport'],
  fr: ['asile', 'travail'],
  ht: ['azil', 'travay'],
};

test('a first search on any search page of the demo site fetches at most 100 kB, and so does a second', async () => {
  test.setTimeout(240_000);
  const testInfo = test.info();
  const cases = searchPagesOf(pipeline.site)
    .filter(({ lang }) => queries[lang])
    .map(({ lang, country }) => ({ lang, country, queries: queries[lang] as readonly string[] }));
  expect(cases.length).toBeGreaterThan(0);
  const measured = await measureSearchPayload(pipeline.site, 'per-country', cases, process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const overBudget: string[] = [];
  for (const payload of measured) {
    const [first, second] = payload.perQuery;
    testInfo.annotations.push({
      type: `search ${payload.lang}/${payload.country}`,
      description: `first "${first?.query}" ${first?.transferBytes} B, second "${second?.query}" ${second?.transferBytes} B`,
    });
    for (const query of payload.perQuery)
      if (query.transferBytes > firstSearchCeilingBytes)
        overBudget.push(
          `/${payload.lang}/${payload.country}/search/ "${query.query}": ${query.transferBytes} B in ${query.files.length} files`,
        );
  }
  expect(overBudget).toEqual([]);
  // A search that broke would fetch nothing and pass the budget: the queries must have run and found pages somewhere.
  expect(measured.every((payload) => (payload.perQuery[0]?.files.length ?? 0) > 0)).toBe(true);
  expect(measured.some((payload) => (payload.perQuery[0]?.resultCount ?? 0) > 0)).toBe(true);
});
