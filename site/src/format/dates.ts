/**
 * A date as readers of a language write it ("5 de marzo de 2026"). Dates are shown in the time zone of UTC, because
 * review dates are calendar days stored at midnight UTC and must not move to the day before in the Americas.
 */
export function formatDate(isoDateTime: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(isoDateTime));
}

/** The machine-readable form for `<time datetime>`. */
export function isoDate(isoDateTime: string): string {
  return new Date(isoDateTime).toISOString().slice(0, 10);
}
