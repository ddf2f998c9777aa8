import { defaultLocale } from '@infohub/content-schemas';
import { hasRole, mayPublish, type StaffUser, translatesInto } from './staffRoles.ts';

/**
 * The content languages the admin's language picker offers a user. A translator (who cannot publish) gets the
 * languages they translate into, and Spanish, the source they translate from and read beside each field; everyone
 * else gets every language. Only the picker is filtered: what a user may save is the access rules' decision.
 */
export function localesOfferedTo<Locale extends { code: string }>(user: StaffUser | null | undefined, locales: Locale[]): Locale[] {
  if (!user || mayPublish(user) || !hasRole(user, 'translator')) return locales;
  return locales.filter(({ code }) => code === defaultLocale || translatesInto(user, code));
}
