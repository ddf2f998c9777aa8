import { describe, expect, it } from 'vitest';
import { type GuideAddresses, richTextToHtml } from './richTextToHtml.ts';

/** One paragraph: "See " and a link to the guide with CMS id `guideId`. */
function linkingTo(guideId: number) {
  return {
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [
            { type: 'text', text: 'See ', format: 0, version: 1 },
            {
              type: 'link',
              version: 3,
              fields: { linkType: 'internal', doc: { relationTo: 'guides', value: guideId }, newTab: false },
              children: [{ type: 'text', text: 'the guide', format: 0, version: 1 }],
            },
          ],
        },
      ],
    },
  };
}

const guides: GuideAddresses = new Map([
  ['1', { country: 'mexico', slug: 'asylum', countryLocales: ['es', 'en', 'fr'] }],
  ['2', { country: 'guatemala', slug: 'work-permit', countryLocales: ['es', 'en'] }],
  ['3', { country: 'haiti-border', slug: 'papers', countryLocales: ['fr', 'ht'] }],
]);

describe('links between guides in rich text', () => {
  it("links in the text's language when the target's country publishes it", () => {
    const html = richTextToHtml({ fr: linkingTo(1), en: linkingTo(1) }, guides);
    expect(html).toEqual({
      en: '<p>See <a href="/en/mexico/guides/asylum/">the guide</a></p>',
      fr: '<p>See <a href="/fr/mexico/guides/asylum/">the guide</a></p>',
    });
  });

  it('links in Spanish when the target country does not publish the language of the text', () => {
    const html = richTextToHtml({ fr: linkingTo(2), ht: linkingTo(2) }, guides);
    expect(html).toEqual({
      fr: '<p>See <a href="/es/guatemala/guides/work-permit/">the guide</a></p>',
      ht: '<p>See <a href="/es/guatemala/guides/work-permit/">the guide</a></p>',
    });
  });

  it('links in the first language of a country that does not publish Spanish either', () => {
    expect(richTextToHtml({ en: linkingTo(3), ht: linkingTo(3) }, guides)).toEqual({
      en: '<p>See <a href="/fr/haiti-border/guides/papers/">the guide</a></p>',
      ht: '<p>See <a href="/ht/haiti-border/guides/papers/">the guide</a></p>',
    });
  });

  it('keeps the text and drops the link to a guide that is not published', () => {
    expect(richTextToHtml({ es: linkingTo(99) }, guides)).toEqual({ es: '<p>See the guide</p>' });
  });
});
