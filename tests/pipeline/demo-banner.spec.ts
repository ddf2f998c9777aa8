import { localeCodes, paths } from '@infohub/content-schemas';
import { siteString } from '../testing/siteStrings.ts';
import { languagePages } from './testing/builtFiles.ts';
import { pipeline } from './testing/paths.ts';
import { expect, test } from './testing/test.ts';

// The seed marks its content as demo content; every page built from it must warn readers, in their language.
test.describe('the demo warning', () => {
  for (const locale of localeCodes) {
    test(`is on every page in "${locale}"`, async ({ page, request }) => {
      const banner = siteString(locale, 'demo.banner');
      await page.goto(paths.home(locale));
      await expect(page.getByRole('banner').getByText(banner)).toBeVisible();

      // The other pages are read as HTML: Chromium takes about 80 ms to open each of these 200-odd pages, a request 2.
      const withoutBanner: string[] = [];
      for (const address of languagePages(pipeline.site, locale)) {
        if (!(await (await request.get(address)).text()).includes(banner)) withoutBanner.push(address);
      }
      expect(withoutBanner).toEqual([]);
    });
  }
});
