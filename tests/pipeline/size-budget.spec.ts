import { checkBuiltSite } from '../testing/sizeBudget.ts';
import { pipeline } from './testing/paths.ts';
import { expect, test } from './testing/test.ts';

test('every page built from the demo content is within its page type’s size budget', async () => {
  const report = await checkBuiltSite(pipeline.site, test.info());
  expect(report.types.length).toBeGreaterThan(0);
  expect(report.failures).toEqual([]);
});
