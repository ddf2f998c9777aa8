import type { TranslationStatus } from '../i18n/localized.ts';
import type { PageContext } from '../i18n/pageContext.ts';

/** What a page says about text shown in the default language instead of the reader's, if anything fell back. */
export function translationNotice(status: TranslationStatus, ctx: PageContext): string | undefined {
  if (status === 'complete') return undefined;
  const names = { language: ctx.languageName(ctx.locale.code), fallbackLanguage: ctx.languageName(ctx.snapshot.defaultLocale) };
  return ctx.t(status === 'missing' ? 'fallback.page' : 'fallback.partial', names);
}
