import type { SnapshotPhone } from '@infohub/content-schemas';
import { formatMinutes, type OpenRange } from '@infohub/content-schemas';
import { isAlwaysOpen, parseSchedule, type Schedule } from '~/format/openingHours.ts';
import type { CompactWeek } from '~/format/openNow.ts';
import { phoneLink } from '~/format/phones.ts';
import type { PageContext } from '~/i18n/pageContext.ts';

/** Phone links with their visible text ("Llamar al +506 2222 3333") and the editor's label, if any. */
export function phoneViews(phones: readonly SnapshotPhone[], ctx: PageContext) {
  return phones.map((phone) => {
    const link = phoneLink(phone);
    return { ...link, text: ctx.t(`phone.${link.type}`, { number: link.display }), label: ctx.picker.pickOptional(phone.label) };
  });
}

export type PhoneView = ReturnType<typeof phoneViews>[number];

export interface OpeningHoursView {
  schedule: Schedule;
  /** One row per weekday, Monday first, or one line when a table would say less (always open, as written). */
  display: { kind: 'days'; days: { name: string; times: string }[] } | { kind: 'text'; text: string };
  /** The week the "open now" script reads; absent where it could not be sure (hours that vary, "maybe" hours). */
  openNowWeek: CompactWeek | undefined;
}

/** Opening hours in the reader's language, from the same schedule the "open now" script and JSON-LD use. */
export function openingHoursView(value: string | undefined, ctx: PageContext): OpeningHoursView | undefined {
  if (value === undefined) return undefined;
  const schedule = parseSchedule(value);
  if (schedule.kind === 'irregular') return { schedule, display: { kind: 'text', text: schedule.text }, openNowWeek: undefined };
  const { days } = schedule;
  const certain = days.every((ranges) => ranges.every((range) => !range.uncertain));
  const openNowWeek = certain ? days.map((ranges) => ranges.map((range): [number, number] => [range.from, range.to])) : undefined;
  if (isAlwaysOpen(days)) return { schedule, display: { kind: 'text', text: ctx.t('hours.alwaysOpen') }, openNowWeek };
  if (days.every((ranges) => ranges.length === 0)) return { schedule, display: { kind: 'text', text: ctx.t('hours.closed') }, openNowWeek };
  // A row reads as a label ("Lunes: 08:00–16:00"), so days take a capital even where weekdays are lower case.
  const names = ctx.weekdayNames.map((name) => name.charAt(0).toLocaleUpperCase(ctx.locale.code) + name.slice(1));
  return {
    schedule,
    display: {
      kind: 'days',
      days: days.map((ranges, day) => ({
        name: names[day] ?? '',
        times: ranges.length > 0 ? ranges.map((range) => rangeText(range, ctx)).join(', ') : ctx.t('hours.closed'),
      })),
    },
    openNowWeek,
  };
}

function rangeText(range: OpenRange, ctx: PageContext): string {
  const times =
    range.from === 0 && range.to === 24 * 60 ? ctx.t('hours.allDay') : `${formatMinutes(range.from)}–${formatMinutes(range.to)}`;
  const note = range.comment ?? (range.uncertain ? ctx.t('hours.uncertain') : undefined);
  return note === undefined ? times : `${times} (${note})`;
}
