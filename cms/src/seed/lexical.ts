import type { Guide } from '../payload-types.ts';

type RichText = NonNullable<Guide['body']>;

/** Plain paragraphs as the rich-text editor stores them, one paragraph node holding one text node each. */
export function paragraphsToRichText(paragraphs: readonly string[]): RichText {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  };
}
