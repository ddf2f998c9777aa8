import { readSizeBudget } from '@infohub/scripts/size-budget';
import { builtSite } from '../testing/paths.ts';
import { checkBuiltSite, guideCeilingBytes, sizeBudgetFile } from '../testing/sizeBudget.ts';
import { expect, test } from './testing/test.ts';

test('every page of the fixture build is within its page type’s size budget', async () => {
  const report = await checkBuiltSite(builtSite, test.info());
  expect(report.types.length).toBeGreaterThan(0);
  expect(report.failures).toEqual([]);
});

test('the guide budget stays under the 14 KB a guide page may weigh', () => {
  const guides = Object.entries(readSizeBudget(sizeBudgetFile).pageTypes).filter(([type]) => type.includes('/guides/'));
  expect(guides.length).toBeGreaterThan(0);
  for (const [, budget] of guides) expect(budget.htmlCssGzipBytes).toBeLessThanOrEqual(guideCeilingBytes);
});
