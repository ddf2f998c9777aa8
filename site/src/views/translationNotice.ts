import { type SnapshotGuide, switchLocale } from '@infohub/content-schemas';
import type { TranslationStatus } from '~/i18n/localized.ts';
import type { PageContext } from '~/i18n/pageContext.ts';

/** What a page says about text shown in the default language instead of the reader's, if anything fell back. */
export function translationNotice(status: TranslationStatus, ctx: PageContext): string | undefined {
  if (status === 'complete') return undefined;
  const names = { language: ctx.languageName(ctx.locale.code), fallbackLanguage: ctx.languageName(ctx.snapshot.defaultLocale) };
  return ctx.t(status === 'missing' ? 'fallback.page' : 'fallback.partial', names);
}

/** A document's translations that were written against an older default-language text (from the snapshot). */
export type DocumentTranslation = SnapshotGuide['translation'];

export interface OutdatedTranslationNotice {
  text: string;
  linkText: string;
  /** The same page in the default language. */
  href: string;
}

/**
 * What a page says when its translation was written before the default-language text last changed: the reader may
 * be reading old information, so the page dates the change and links to the up-to-date text. Nothing when the page
 * is in the default language, or already entirely shown in it.
 */
export function outdatedTranslationNotice(
  translation: DocumentTranslation,
  status: TranslationStatus,
  ctx: PageContext,
  pathname: string,
): OutdatedTranslationNotice | undefined {
  const { locale, snapshot } = ctx;
  if (!translation || status === 'missing' || !translation.outdated.includes(locale.code)) return undefined;
  const fallbackLanguage = ctx.languageName(snapshot.defaultLocale);
  return {
    text: ctx.t('translation.outdated', { fallbackLanguage, date: ctx.formatDate(translation.sourceChangedAt) }),
    linkText: ctx.t('translation.readDefault', { fallbackLanguage }),
    href: switchLocale(pathname, locale.code, snapshot.defaultLocale),
  };
}
