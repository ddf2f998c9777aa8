/**
 * "Open now" for the browser: a week of open ranges computed at build time (`[from, to]` minutes after midnight,
 * Monday first), and the clock of the place's time zone rather than the phone's, which may be set to another
 * country's. Kept free of imports so the page's script stays a few hundred bytes.
 */
export type CompactWeek = [number, number][][];

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The weekday (Monday = 0) and minute of the day that the place's clocks show at `instant`. */
export function wallClock(instant: Date, timeZone: string): { day: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { day: weekdays.indexOf(parts.weekday ?? ''), minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function isOpenAt(week: CompactWeek, instant: Date, timeZone: string): boolean {
  const { day, minute } = wallClock(instant, timeZone);
  return (week[day] ?? []).some(([from, to]) => from <= minute && minute < to);
}
