import { paths, type SnapshotCountry, type SnapshotTopic } from '@infohub/content-schemas';
import type { PageContext } from '~/i18n/pageContext.ts';
import { guidesOf } from '~/snapshot/queries.ts';

/** A topic's page in one country: its guides in the reader's alphabetical order. */
export function topicView(topic: SnapshotTopic, country: SnapshotCountry, ctx: PageContext) {
  const { picker, locale, snapshot } = ctx;
  return {
    title: picker.pick(topic.title),
    description: picker.pickOptional(topic.description),
    guides: guidesOf(snapshot, country.slug, topic.slug)
      .map((guide) => ({
        href: paths.guide(locale.code, country.slug, guide.slug),
        title: picker.pick(guide.title),
        summary: picker.pick(guide.summary),
      }))
      .sort((a, b) => ctx.collator.compare(a.title.value, b.title.value)),
  };
}
