import {
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical';

/**
 * Only what reads well on a small phone and prints on one page: paragraphs, two heading levels (the page title is
 * the h1), emphasis, lists, quotes and links (to web addresses, or to another guide by reference so the link
 * follows the guide's slug). No uploads or embeds: a guide's image is its own field.
 */
export const richTextEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    LinkFeature({ enabledCollections: ['guides'] }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
});
