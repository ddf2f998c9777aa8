import type { SnapshotPhone } from '@infohub/content-schemas';
import { parseOpeningHours } from '../format/openingHours.ts';
import { phoneLink } from '../format/phones.ts';
import type { PageContext } from '../i18n/pageContext.ts';

/** Phone links with their visible text ("Llamar al +506 2222 3333") and the editor's label, if any. */
export function phoneViews(phones: readonly SnapshotPhone[], ctx: PageContext) {
  return phones.map((phone) => {
    const link = phoneLink(phone);
    return { ...link, text: ctx.t(`phone.${link.type}`, { number: link.display }), label: ctx.picker.pickOptional(phone.label) };
  });
}

export type OpeningHoursView = { kind: 'rows'; rows: { days: string; times: string }[] } | { kind: 'text'; text: string };

/** Opening hours as rows of days and times in the reader's language, or the editor's text where it is too rich to summarise. */
export function openingHoursView(value: string | undefined, ctx: PageContext): OpeningHoursView | undefined {
  if (value === undefined) return undefined;
  const parsed = parseOpeningHours(value);
  if (parsed === undefined) return { kind: 'text', text: value };
  if (parsed === 'always') return { kind: 'text', text: ctx.t('hours.alwaysOpen') };
  // A row reads as a label ("Lunes–Viernes: 08:00–16:00"), so days take a capital even where weekdays are lower case.
  const names = ctx.weekdayNames.map((name) => name.charAt(0).toLocaleUpperCase(ctx.locale.code) + name.slice(1));
  return {
    kind: 'rows',
    rows: parsed.map((row) => ({
      days: row.fromDay === row.toDay ? `${names[row.fromDay]}` : `${names[row.fromDay]}–${names[row.toDay]}`,
      times: row.times.length > 0 ? row.times.join(', ') : ctx.t('hours.closed'),
    })),
  };
}
