import { describe, expect, it } from 'vitest';
import { isAlwaysOpen, parseSchedule } from './openingHours.ts';

const range = (from: string, to: string, extra: { uncertain?: boolean; comment?: string } = {}) => ({
  from: minutes(from),
  to: minutes(to),
  uncertain: extra.uncertain ?? false,
  comment: extra.comment,
});
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

describe('parseSchedule', () => {
  it('keeps a lunch break as two ranges on each weekday, and the weekend closed', () => {
    const schedule = parseSchedule('Mo-Fr 08:00-12:00,13:00-17:00');
    expect(schedule).toEqual({
      kind: 'weekly',
      days: [...Array.from({ length: 5 }, () => [range('08:00', '12:00'), range('13:00', '17:00')]), [], []],
    });
  });

  it('reads "24/7" as open all day every day, and "off" as never open', () => {
    const always = parseSchedule('24/7');
    expect(always.kind === 'weekly' && isAlwaysOpen(always.days)).toBe(true);
    expect(parseSchedule('off')).toEqual({ kind: 'weekly', days: [[], [], [], [], [], [], []] });
  });

  it('splits hours past midnight between the two days they fall on', () => {
    const schedule = parseSchedule('Fr 22:00-02:00');
    expect(schedule.kind === 'weekly' && schedule.days[4]).toEqual([range('22:00', '24:00')]);
    expect(schedule.kind === 'weekly' && schedule.days[5]).toEqual([range('00:00', '02:00')]);
  });

  it('keeps a "maybe" range and its comment apart from certain hours', () => {
    const schedule = parseSchedule('Mo 08:00-16:00 "cita previa"');
    expect(schedule.kind === 'weekly' && schedule.days[0]).toEqual([range('08:00', '16:00', { uncertain: true, comment: 'cita previa' })]);
  });

  it('leaves hours that change with dates or holidays as written, since no weekly table says them truthfully', () => {
    expect(parseSchedule('Mo-Fr 08:00-16:00; PH off')).toEqual({ kind: 'irregular', text: 'Mo-Fr 08:00-16:00; PH off' });
    expect(parseSchedule('Jan-Mar Mo 10:00-12:00')).toMatchObject({ kind: 'irregular' });
  });

  it('throws on a value the library cannot read, and on one it could only guess at', () => {
    expect(() => parseSchedule('de 8 a 5')).toThrow(/Unexpected token/);
    // The library would read this as Monday to Friday, round the clock.
    expect(() => parseSchedule('lunes a viernes')).toThrow(/"Mo" for "lunes".*reads "Mo-Fr"/);
  });
});
