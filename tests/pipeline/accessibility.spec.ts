import { axeViolations, headingProblems, phone, sidewaysOverflowAtDoubleText, smallControls } from '../testing/accessibility.ts';
import { pageTypes, samplePagesOfType } from '../testing/pageTypes.ts';
import { pipeline } from './testing/paths.ts';
import { expect, test } from './testing/test.ts';

/**
 * The demo content is longer and more varied than the fixture (more services, more hours, longer names): the
 * checks a machine can make run on it too, one page of each type in each language. axe, most of the time here,
 * reads the demo in Spanish (every text in its source language) and Haitian Creole (the most Spanish fallback
 * passages inside another language's page); the fixture tests run it on every page type in every language.
 */
const languagesCheckedByAxe = ['es', 'ht'];

test.use({ viewport: phone });

for (const type of pageTypes) {
  test(`${type} with the demo content: headings in order, 44 px targets, reflow at 200%; no axe violation in Spanish and Haitian Creole`, async ({
    page,
  }) => {
    // The demo content need not make every page type; the fixture tests require each one.
    const samples = samplePagesOfType(pipeline.site, type).filter((sample) => !sample.forwards);
    for (const { lang, url } of samples) {
      await test.step(`${lang} ${url}`, async () => {
        await page.goto(url);
        if (languagesCheckedByAxe.includes(lang)) expect(await axeViolations(page)).toEqual([]);
        expect(await headingProblems(page)).toEqual([]);
        expect(await smallControls(page)).toEqual([]);
        await page.setViewportSize({ width: 320, height: 640 });
        expect(await sidewaysOverflowAtDoubleText(page)).toEqual([]);
        await page.setViewportSize(phone);
      });
    }
  });
}
