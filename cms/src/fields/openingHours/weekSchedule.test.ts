import { describeOpeningHoursProblem } from '@infohub/content-schemas';
import { describe, expect, it } from 'vitest';
import { readAloud } from './readsAs.ts';
import { closedDay, type DaySchedule, emptyWeek, readWeekSchedule, type WeekSchedule, writeWeekSchedule } from './weekSchedule.ts';

const open = (...periods: [string, string][]): DaySchedule => ({
  open: true,
  periods: periods.map(([from, to]) => ({ from, to })),
  byAppointment: false,
});

function week(days: DaySchedule[], holidays: Partial<WeekSchedule> = {}): WeekSchedule {
  return { ...emptyWeek(), days: [...days, ...Array.from({ length: 7 - days.length }, closedDay)], ...holidays };
}

describe('the weekday editor’s OpenStreetMap value', () => {
  const office = week([...Array.from({ length: 5 }, () => open(['08:00', '12:00'], ['13:00', '16:00'])), open(['08:00', '12:00'])], {
    holidaysClosed: true,
  });

  it('writes runs of days with the same hours as one rule, closed days left out, holidays last', () => {
    expect(writeWeekSchedule(office)).toBe('Mo-Fr 08:00-12:00,13:00-16:00; Sa 08:00-12:00; PH off');
  });

  it('writes values the site’s reader (the opening_hours library) accepts without guessing', () => {
    const byAppointment = week([open(['08:00', '16:00']), closedDay(), { ...open(['09:00', '11:00']), byAppointment: true }], {
      holidayNote: 'abre el 15 de septiembre',
    });
    byAppointment.days[5] = { open: false, periods: [], byAppointment: true };
    for (const schedule of [office, byAppointment]) {
      const value = writeWeekSchedule(schedule);
      expect(describeOpeningHoursProblem(value), value).toBeUndefined();
    }
    expect(writeWeekSchedule(byAppointment)).toBe(
      'Mo 08:00-16:00; We 09:00-11:00 "cita previa"; Sa "cita previa"; PH "abre el 15 de septiembre"',
    );
  });

  it('reads back what it writes', () => {
    expect(readWeekSchedule(writeWeekSchedule(office))).toEqual(office);
    expect(readWeekSchedule('')).toEqual(emptyWeek());
  });

  it('reads hand-written values of the same kind, day lists and "off" included', () => {
    const read = readWeekSchedule('Mo,We 09:00-13:00; Tu off; Sa-Su 10:00-14:00 "by appointment"');
    expect(read?.days.map((day) => day.open)).toEqual([true, false, true, false, false, true, true]);
    expect(read?.days[6]).toEqual({ open: true, periods: [{ from: '10:00', to: '14:00' }], byAppointment: true });
  });

  it('leaves to the raw field what the day rows cannot show', () => {
    for (const value of [
      '24/7',
      'Mo-Fr 08:00-16:00; Dec 24 off',
      'Mo-Fr 08:00-10:00,11:00-12:00,13:00-16:00',
      'Mo-Fr 08:00-16:00; Fr 08:00-12:00',
      'Mo-Fr 08:00-16:00 "ask at the desk"',
      'Mo-Fr 25:00-99:00',
      'lunes a viernes',
    ]) {
      expect(readWeekSchedule(value), value).toBeUndefined();
    }
  });
});

describe('the "reads as" line', () => {
  const schedule = week([...Array.from({ length: 5 }, () => open(['08:00', '16:00'])), { open: false, periods: [], byAppointment: true }], {
    holidaysClosed: true,
  });

  it('says the week in the admin language', () => {
    expect(readAloud(schedule, 'es')).toBe('lunes a viernes 8:00–16:00; sábado con cita previa; cerrado en feriados');
    expect(readAloud(schedule, 'en')).toBe('Monday to Friday 8:00–16:00; Saturday by appointment; closed on public holidays');
    expect(readAloud(schedule, 'fr')).toBe('du lundi au vendredi 8 h 00–16 h 00; samedi sur rendez-vous; fermé les jours fériés');
  });

  it('joins two periods and two days', () => {
    const weekend = week([
      closedDay(),
      closedDay(),
      closedDay(),
      closedDay(),
      closedDay(),
      open(['08:00', '12:00'], ['14:30', '18:00']),
      open(['08:00', '12:00'], ['14:30', '18:00']),
    ]);
    expect(readAloud(weekend, 'es')).toBe('sábado y domingo 8:00–12:00 y 14:30–18:00');
    expect(readAloud(emptyWeek(), 'es')).toBe('sin horario');
  });
});
