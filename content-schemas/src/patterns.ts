/**
 * The shapes of values that the CMS checks when an editor saves and the snapshot schema checks again when the
 * site is built: written once so that both say yes and no to the same things.
 */

/** One URL segment: lower-case letters and digits in words joined by single hyphens ("work-permit"). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugRule = 'lower-case letters, digits and single hyphens, for example "work-permit"';

/** A dialable number: E.164 with its + where known ("+50622223333"), or a short national number ("911"). */
export const phonePattern = /^\+?[0-9]{2,15}$/;
export const phoneRule = 'digits only, with + and the country code (for example +50622223333), or a short number such as 911';

/** A BCP 47 language tag such as "es", "ht" or "quc". */
export const languageTagPattern = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Links readers may follow: the web only, never `javascript:` or `data:`. */
export const webProtocols = ['http:', 'https:'] as const;

export function isWebAddress(value: string): boolean {
  try {
    return (webProtocols as readonly string[]).includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
