import type { SnapshotGuide } from '@infohub/content-schemas';
import { pickLocalized } from '~/i18n/localized.ts';
import type { PageContext } from '~/i18n/pageContext.ts';
import { topicBySlug } from '~/snapshot/queries.ts';
import { sanitizeBodyHtml } from '~/snapshot/sanitizeBodyHtml.ts';
import { reviewNote } from './review.ts';

/** A guide as one reader sees it: every text picked in their language (or marked as fallback), dates formatted. */
export function guideView(guide: SnapshotGuide, ctx: PageContext) {
  const { pick, pickOptional } = ctx.picker;
  const body = pickOptional(guide.bodyHtml);
  return {
    title: pick(guide.title),
    summary: pick(guide.summary),
    audiences: guide.audiences.map((audience) => ctx.t(`audience.${audience}`)),
    requiredDocuments: guide.requiredDocuments.map((document) => ({ name: pick(document.name), details: pickOptional(document.details) })),
    steps: guide.steps.map((step) => ({ title: pick(step.title), details: pickOptional(step.details) })),
    cost: pickOptional(guide.cost),
    processingTime: pickOptional(guide.processingTime),
    whereToApply: pickOptional(guide.whereToApply),
    bodyHtml: body && { ...body, value: sanitizeBodyHtml(body.value) },
    officialSources: guide.officialSources.map((source) => ({ title: pick(source.title), url: source.url })),
    reviewNote: reviewNote(guide, ctx),
  };
}

export type GuideView = ReturnType<typeof guideView>;

/** The title of a guide's topic, for its breadcrumb: picked outside the page's picker, as the country's name is. */
export function guideTopicTitle(guide: SnapshotGuide, ctx: PageContext) {
  return pickLocalized(topicBySlug(ctx.snapshot, guide.topic).title, ctx.reading);
}
