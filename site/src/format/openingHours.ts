/**
 * Opening hours in OpenStreetMap `opening_hours` syntax ("Mo-Fr 08:00-16:00; Sa 08:00-12:00"), turned into rows a
 * reader understands ("lunes–viernes: 08:00–16:00"). Only the common form is understood: weekday ranges and lists
 * with time ranges or "off", and "24/7". Anything richer (holidays, months, comments) returns undefined so the
 * page can show the editor's text as written rather than a wrong summary.
 */
export interface OpeningHoursRow {
  /** Monday = 0 … Sunday = 6, first and last day of a run of days with the same hours. */
  fromDay: number;
  toDay: number;
  /** Time ranges such as "08:00–12:00"; empty when closed. */
  times: string[];
}

const dayCodes = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const timeRange = /^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

export function parseOpeningHours(value: string): OpeningHoursRow[] | 'always' | undefined {
  const text = value.trim();
  if (text === '24/7') return 'always';
  const week: (string[] | undefined)[] = Array.from({ length: 7 }, () => undefined);
  for (const rule of text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(\S+)\s+(.+)$/.exec(rule);
    if (!match) return undefined;
    const days = parseDays(match[1] ?? '');
    const times = parseTimes(match[2] ?? '');
    if (!days || !times) return undefined;
    // Later rules replace earlier ones for the same days, as in OSM.
    for (const day of days) week[day] = times;
  }
  return groupDays(week.map((times) => times ?? []));
}

function parseDays(selector: string): number[] | undefined {
  const days: number[] = [];
  for (const part of selector.split(',')) {
    const [from, to] = part.split('-').map((code) => dayCodes.indexOf(code as (typeof dayCodes)[number]));
    if (from === undefined || from < 0 || (to !== undefined && to < 0)) return undefined;
    const last = to ?? from;
    // A range may wrap around the week ("Sa-Mo").
    for (let day = from; ; day = (day + 1) % 7) {
      days.push(day);
      if (day === last) break;
    }
  }
  return days;
}

function parseTimes(spec: string): string[] | undefined {
  if (spec === 'off' || spec === 'closed') return [];
  const ranges = spec.split(',').map((range) => range.trim());
  if (!ranges.every((range) => timeRange.test(range))) return undefined;
  return ranges.map((range) => range.replace('-', '–'));
}

function groupDays(week: string[][]): OpeningHoursRow[] {
  const rows: OpeningHoursRow[] = [];
  week.forEach((times, day) => {
    const previous = rows.at(-1);
    if (previous && previous.times.join() === times.join()) previous.toDay = day;
    else rows.push({ fromDay: day, toDay: day, times });
  });
  return rows;
}
