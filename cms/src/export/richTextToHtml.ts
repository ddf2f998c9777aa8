import { defaultLocale, type Localized, paths } from '@infohub/content-schemas';
import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html';
import { sanitizeUrl } from 'payload/shared';
import { hasContent } from '../utilities/hasContent.ts';
import { isRecord } from '../utilities/isRecord.ts';
import { relationId } from '../utilities/relationId.ts';
import { localized } from './values.ts';

/** Where a published guide lives on the site, by its CMS id: its country, slug and the country's published languages. */
export type GuideAddresses = ReadonlyMap<string, { country: string; slug: string; countryLocales: readonly string[] }>;

/**
 * Turns a localized rich-text value into HTML per language. A link to another guide becomes that guide's URL on
 * the site in a language its country publishes: the text's own if it can, else Spanish, the default language (else,
 * for a country without Spanish, its first language). A guide of another country may be linked from a language
 * that country's site does not have. If the guide is not published, its text stays and the link goes, so the site
 * never links to a page that does not exist.
 */
export function richTextToHtml(value: unknown, guides: GuideAddresses): Localized<string> | undefined {
  return localized(value, (state, locale) =>
    isRecord(state) && hasContent(state)
      ? convertLexicalToHTML({
          data: state as unknown as Parameters<typeof convertLexicalToHTML>[0]['data'],
          converters: convertersFor(locale, guides),
          disableContainer: true,
          disableIndent: true,
          disableTextAlign: true,
        })
      : undefined,
  );
}

function convertersFor(locale: string, guides: GuideAddresses): HTMLConvertersFunction {
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    link: ({ node, nodesToHTML }) => {
      const text = nodesToHTML({ nodes: node.children }).join('');
      const href = node.fields.linkType === 'internal' ? guideHref(node.fields.doc?.value) : node.fields.url;
      if (!href) return text;
      const newTab = node.fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : '';
      return `<a href="${escapeAttribute(sanitizeUrl(href))}"${newTab}>${text}</a>`;
    },
  });

  function guideHref(target: unknown): string | undefined {
    const id = relationId(target);
    const guide = id === undefined ? undefined : guides.get(String(id));
    if (!guide) return undefined;
    const linkLocale = [locale, defaultLocale, ...guide.countryLocales].find((code) => guide.countryLocales.includes(code));
    return paths.guide(linkLocale ?? defaultLocale, guide.country, guide.slug);
  }
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
